package fr.portailcep.livrable;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.ActionAudit;
import fr.portailcep.compte.CompteService;
import fr.portailcep.operateur.PolitiqueAcces;
import fr.portailcep.shared.Introuvable;
import fr.portailcep.signature.DocumentASigner;
import fr.portailcep.signature.DocumentsASigner;
import fr.portailcep.signature.MethodeSignature;
import fr.portailcep.signature.PageSignatures;
import fr.portailcep.signature.RoleSignataire;

/**
 * The livrables as the signature ceremony signs them (sort {@code LIVRABLE}): the current version frozen (its exact
 * PDF and SHA-256) with its signers; each act recorded in the aggregate, which refuses what it does not allow (a
 * superseded version, a signer who is not expected, a livrable no longer in signature); the final rendering with
 * the signature page; and, once sealed, what signing does: the sealed PDF stored, {@link LivrableSigne} (the
 * parcours closes the unit in the same transaction), the copy queued for France compétences and the person's copy
 * sent by courriel after the commit.
 */
@Component
class DocumentsLivrables implements DocumentsASigner {

    static final String SORTE = "LIVRABLE";

    private final LivrableRepository livrables;
    private final PolitiqueAcces politique;
    private final CompteService comptes;
    private final BeneficiaireService beneficiaires;
    private final RenduLivrable rendu;
    private final TransmissionsFranceCompetences transmissions;
    private final NotificationsLivrables notifications;
    private final LivrablesService service;

    DocumentsLivrables(LivrableRepository livrables, PolitiqueAcces politique, CompteService comptes,
            BeneficiaireService beneficiaires, RenduLivrable rendu, TransmissionsFranceCompetences transmissions,
            NotificationsLivrables notifications, LivrablesService service) {
        this.livrables = livrables;
        this.politique = politique;
        this.comptes = comptes;
        this.beneficiaires = beneficiaires;
        this.rendu = rendu;
        this.transmissions = transmissions;
        this.notifications = notifications;
        this.service = service;
    }

    @Override
    public String sorte() {
        return SORTE;
    }

    @Override
    @Transactional(readOnly = true)
    public DocumentASigner aSigner(UUID documentId) {
        var moi = comptes.compteConnecte().orElseThrow(Introuvable::new);
        var livrable = livrables.findById(documentId).orElseThrow(Introuvable::new);
        politique.exigerLecture(livrable.beneficiaireId(), ActionAudit.LECTURE_DOSSIER, "livrable " + documentId);
        var document = document(livrable);
        if (document.signataires().stream().noneMatch(s -> s.compteId().equals(moi.id()))) {
            throw new Introuvable();
        }
        return document;
    }

    @Override
    @Transactional(readOnly = true)
    public DocumentASigner aSignerPourLeSysteme(UUID documentId) {
        return document(livrables.findById(documentId).orElseThrow(Introuvable::new));
    }

    @Override
    @Transactional
    public void signe(UUID documentId, int version, RoleSignataire role, UUID compteId, MethodeSignature methode,
            Instant le, long numeroPreuve) {
        var livrable = charger(documentId);
        livrable.signer(version, role, compteId, methode, le, numeroPreuve);
        livrables.saveAndFlush(livrable);
    }

    @Override
    @Transactional
    public void refuse(UUID documentId, int version, RoleSignataire role, UUID compteId, String motif, Instant le,
            long numeroPreuve) {
        var livrable = charger(documentId);
        livrable.refuser(version, role, compteId, motif, le, numeroPreuve);
        livrables.saveAndFlush(livrable);
    }

    @Override
    @Transactional
    public void papierDemande(UUID documentId, int version, RoleSignataire role, UUID compteId, Instant le,
            long numeroPreuve) {
        var livrable = charger(documentId);
        livrable.demanderPapier(version, role, compteId, le, numeroPreuve);
        livrables.saveAndFlush(livrable);
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] rendreAvecSignatures(UUID documentId, int version, PageSignatures page) {
        var livrable = charger(documentId);
        var courante = livrable.courante();
        if (courante.numero() != version || !courante.soumise()) {
            throw new LivrableRefuse("livrable.refus.version.perimee", courante.numero());
        }
        return rendu.pdf(LivrablesService.contenu(livrable.type(), courante), page);
    }

    @Override
    @Transactional
    public void scelle(UUID documentId, int version, byte[] pdfScelle, Instant le) {
        var livrable = charger(documentId);
        var contenu = LivrablesService.contenu(livrable.type(), livrable.courante());
        var souhaitUo22 = contenu instanceof ProjetProfessionnel projet && projet.souhaitUo22();
        livrable.sceller(version, pdfScelle, le, souhaitUo22);
        // Saving publishes LivrableSigne: the parcours closes the unit in this transaction.
        var enregistre = livrables.saveAndFlush(livrable);
        transmissions.mettreEnFile(enregistre.id(), version, enregistre.type(), LivrablesService.empreinte(pdfScelle));
        beneficiaires.parIdPourLeSysteme(enregistre.beneficiaireId())
                .ifPresent(p -> notifications.copieSignee(p, enregistre, pdfScelle));
    }

    private Livrable charger(UUID documentId) {
        return livrables.findById(documentId).orElseThrow(Introuvable::new);
    }

    private DocumentASigner document(Livrable livrable) {
        var courante = livrable.courante();
        if (!courante.soumise()) {
            throw new LivrableRefuse("livrable.refus.pasensignature");
        }
        return new DocumentASigner(SORTE, livrable.id(), livrable.type().name(),
                service.titre(livrable.type()), courante.numero(), courante.pdf().orElseThrow(),
                courante.empreinte().orElseThrow(), livrable.beneficiaireId(),
                courante.signataires().stream().map(s -> new DocumentASigner.Signataire(s.role(), s.compteId(),
                        service.nom(s.compteId()), s.etat(), s.methode().orElse(null))).toList());
    }
}
