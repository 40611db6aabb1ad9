package fr.portailcep.signature;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import fr.portailcep.compte.CompteService;
import fr.portailcep.shared.Introuvable;

/**
 * A document owner for the tests only (sort {@code TEST}), in memory, so that the ceremony is proven without the
 * livrable feature: versions, signers and their states, what the ceremony told it. The integrator's end-to-end
 * test exercises the real owner ({@code LIVRABLE}).
 */
@Component
public class DocumentsASignerDeTest implements DocumentsASigner {

    public static final String SORTE = "TEST";

    /** One document: its current version and what happened to it. */
    public static final class Document {
        public final UUID id = UUID.randomUUID();
        public final UUID beneficiaireId;
        public volatile int version = 1;
        public volatile byte[] pdf;
        public final Map<UUID, DocumentASigner.Signataire> signataires = new ConcurrentHashMap<>();
        public final List<String> actes = java.util.Collections.synchronizedList(new ArrayList<>());
        public volatile byte[] scelle;

        Document(UUID beneficiaireId, List<DocumentASigner.Signataire> signataires) {
            this.beneficiaireId = beneficiaireId;
            signataires.forEach(s -> this.signataires.put(s.compteId(), s));
            this.pdf = pdf(1, "");
        }

        /** A new version: the signers are expected again (pending signatures are cancelled). */
        public synchronized void nouvelleVersion() {
            version++;
            pdf = pdf(version, "");
            signataires.replaceAll((k, s) -> new DocumentASigner.Signataire(s.role(), s.compteId(), s.nom(),
                    DocumentASigner.EtatSignataire.ATTENDU, null));
        }

        /** The bytes of the same version change, and so their hash (what the ceremony must notice). */
        public void alterer() {
            pdf = pdf(version, " modifié");
        }

        /** A real one-page PDF (the seal and the paper copy open it), its title telling version and change. */
        private static byte[] pdf(int version, String suffixe) {
            try (var document = new org.apache.pdfbox.pdmodel.PDDocument();
                    var sortie = new java.io.ByteArrayOutputStream()) {
                document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
                document.getDocumentInformation().setTitle("Document de test, version " + version + suffixe);
                document.save(sortie);
                return sortie.toByteArray();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private final Map<UUID, Document> documents = new ConcurrentHashMap<>();
    private final CompteService comptes;
    DocumentsASignerDeTest(CompteService comptes) {
        this.comptes = comptes;
    }

    public Document creer(UUID beneficiaireId, List<DocumentASigner.Signataire> signataires) {
        var d = new Document(beneficiaireId, signataires);
        documents.put(d.id, d);
        return d;
    }

    public Document document(UUID id) {
        return documents.get(id);
    }

    @Override
    public String sorte() {
        return SORTE;
    }

    @Override
    public DocumentASigner aSigner(UUID documentId) {
        var d = documents.get(documentId);
        var moi = comptes.compteConnecte().orElse(null);
        if (d == null || moi == null || !d.signataires.containsKey(moi.id())) {
            throw new Introuvable();
        }
        return vue(d);
    }

    @Override
    public DocumentASigner aSignerPourLeSysteme(UUID documentId) {
        var d = documents.get(documentId);
        if (d == null) {
            throw new Introuvable();
        }
        return vue(d);
    }

    private static DocumentASigner vue(Document d) {
        synchronized (d) {
            var pdf = d.pdf.clone();
            return new DocumentASigner(SORTE, d.id, "DOCUMENT_DE_TEST", "Document de test", d.version, pdf,
                    JsonCanonique.sha256Hex(pdf), d.beneficiaireId,
                    List.copyOf(d.signataires.values()));
        }
    }

    private void changer(UUID documentId, int version, UUID compteId, DocumentASigner.EtatSignataire etat,
            MethodeSignature methode, String acte) {
        var d = documents.get(documentId);
        synchronized (d) {
            if (d.version != version) {
                throw new SignatureRefusee(SignatureRefusee.Motif.VERSION_REMPLACEE);
            }
            var s = d.signataires.get(compteId);
            d.signataires.put(compteId, new DocumentASigner.Signataire(s.role(), s.compteId(), s.nom(), etat, methode));
            d.actes.add(acte);
        }
    }

    @Override
    public void signe(UUID documentId, int version, RoleSignataire role, UUID compteId, MethodeSignature methode,
            Instant le, long numeroPreuve) {
        changer(documentId, version, compteId, DocumentASigner.EtatSignataire.SIGNE, methode,
                "SIGNE " + role + " " + methode + " #" + numeroPreuve);
    }

    @Override
    public void refuse(UUID documentId, int version, RoleSignataire role, UUID compteId, String motif, Instant le,
            long numeroPreuve) {
        changer(documentId, version, compteId, DocumentASigner.EtatSignataire.REFUSE, null,
                "REFUSE " + role + " " + motif + " #" + numeroPreuve);
    }

    @Override
    public void papierDemande(UUID documentId, int version, RoleSignataire role, UUID compteId, Instant le,
            long numeroPreuve) {
        changer(documentId, version, compteId, DocumentASigner.EtatSignataire.PAPIER_DEMANDE, null,
                "PAPIER " + role + " #" + numeroPreuve);
    }

    @Override
    public byte[] rendreAvecSignatures(UUID documentId, int version, PageSignatures page) {
        return documents.get(documentId).pdf.clone();
    }

    @Override
    public void scelle(UUID documentId, int version, byte[] pdfScelle, Instant le) {
        documents.get(documentId).scelle = pdfScelle;
        documents.get(documentId).actes.add("SCELLE");
    }
}
