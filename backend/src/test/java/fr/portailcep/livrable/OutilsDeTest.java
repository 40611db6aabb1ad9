package fr.portailcep.livrable;

import fr.portailcep.signature.CleDeCachet;
import fr.portailcep.signature.DocumentASigner;
import fr.portailcep.signature.DocumentsASigner;
import fr.portailcep.signature.EntreePreuve;
import fr.portailcep.signature.FormatPreuves;
import fr.portailcep.signature.MethodeSignature;
import fr.portailcep.signature.PageSignatures;
import fr.portailcep.signature.PreuvesDeTest;
import fr.portailcep.signature.RoleSignataire;
import fr.portailcep.signature.ScellementPades;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.verapdf.pdfa.flavours.PDFAFlavour;

import fr.portailcep.livrable.EtatDesLieux.Decision;
import fr.portailcep.livrable.EtatDesLieux.Etape;
import fr.portailcep.shared.TextesDeTest;

/** A livrable rendered, signed by two software passkeys and sealed with a demo key; veraPDF and pdfsig. */
final class OutilsDeTest {

    static final Path SORTIE = Path.of("target", "livrables");

    static final Clock HORLOGE = Clock.fixed(Instant.parse("2026-11-24T14:30:00Z"), ZoneOffset.UTC);

    static final UUID ID = UUID.fromString("0b8f6d2e-4b3a-4c55-9d0e-5e0f3c2a1b77");

    static final EtatDesLieux CONTENU = new EtatDesLieux("CEP-2026-000042", "Inès Martin-Lefèvre", "Paul Durand",
            LocalDate.of(2026, 3, 2),
            List.of("Vous êtes aide-soignante depuis douze ans. Vous voulez un métier plus calme, toujours auprès "
                    + "des personnes."),
            List.of("Le compte personnel de formation et le projet de transition professionnelle ont été présentés."),
            Decision.POURSUIVRE,
            List.of(new Etape("Deuxième entretien pour construire le projet professionnel", LocalDate.of(2026, 3, 23))));

    static final RenduLivrable RENDU = new RenduLivrable(TextesDeTest.gabarits(), new fr.portailcep.shared.RenduPdf(TextesDeTest.gabarits()));

    static final CleDeCachet CACHET = CleDeCachet.demonstration(HORLOGE);

    private OutilsDeTest() {
    }

    record Scelle(byte[] original, byte[] finalSansPieces, byte[] preuves, byte[] scelle) {
    }

    static final UUID INES = UUID.fromString("1e5a0c3b-7d2f-4f0e-8a61-3b9d2c4e5f60");

    static final UUID PAUL = UUID.fromString("2f6b1d4c-8e3a-4a1f-9b72-4cae3d5f6a71");

    static final byte[] ORIGINAL = RENDU.pdf(CONTENU);

    static DocumentASigner document(byte[] original) {
        return new DocumentASigner("LIVRABLE", ID, "ETAT_DES_LIEUX", "État des lieux partagé", 2, original,
                FormatPreuves.sha256Hex(original), INES, List.of(
                        new DocumentASigner.Signataire(RoleSignataire.BENEFICIAIRE, INES, "Inès Martin-Lefèvre",
                                DocumentASigner.EtatSignataire.SIGNE, MethodeSignature.CLE_ACCES),
                        new DocumentASigner.Signataire(RoleSignataire.CONSEILLER, PAUL, "Paul Durand",
                                DocumentASigner.EtatSignataire.SIGNE, MethodeSignature.CLE_ACCES)));
    }

    static List<EntreePreuve> preuves(byte[] original) {
        return new PreuvesDeTest(ID, 2, original)
                .cleAcces(INES, "Inès Martin-Lefèvre", RoleSignataire.BENEFICIAIRE,
                        Instant.parse("2026-11-24T13:05:00Z"))
                .cleAcces(PAUL, "Paul Durand", RoleSignataire.CONSEILLER, Instant.parse("2026-11-24T14:20:00Z"))
                .entrees();
    }

    /** The port as the livrable feature implements it: the same template, with the signature page. */
    static DocumentsASigner proprietaire() {
        return new DocumentsASigner() {
            @Override
            public String sorte() {
                return "LIVRABLE";
            }

            @Override
            public byte[] rendreAvecSignatures(UUID documentId, int version, PageSignatures page) {
                return RENDU.pdf(CONTENU, page);
            }

            @Override
            public DocumentASigner aSigner(UUID documentId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public DocumentASigner aSignerPourLeSysteme(UUID documentId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void signe(UUID documentId, int version, RoleSignataire role, UUID compteId,
                    MethodeSignature methode, Instant le, long numeroPreuve) {
            }

            @Override
            public void refuse(UUID documentId, int version, RoleSignataire role, UUID compteId, String motif,
                    Instant le, long numeroPreuve) {
            }

            @Override
            public void papierDemande(UUID documentId, int version, RoleSignataire role, UUID compteId, Instant le,
                    long numeroPreuve) {
            }

            @Override
            public void scelle(UUID documentId, int version, byte[] pdfScelle, Instant le) {
            }
        };
    }

    static Scelle sceller(ScellementPades scellement) {
        var document = document(ORIGINAL);
        var preuves = preuves(ORIGINAL);
        var rendu = RENDU.pdf(CONTENU, ScellementPades.page(document, preuves,
                "https://portail.test" + ScellementPades.chemin(document.empreinte())));
        return new Scelle(ORIGINAL, rendu, FormatPreuves.json(document, preuves),
                scellement.sceller(document, preuves));
    }

    static ScellementPades scellement() {
        return scellement(CACHET, "");
    }

    static ScellementPades scellement(CleDeCachet cle, String horodatage) {
        return new ScellementPades(List.of(proprietaire()), cle, horodatage, HORLOGE, "https://portail.test");
    }

    static void garder(String nom, byte[] pdf) throws Exception {
        Files.createDirectories(SORTIE);
        Files.write(SORTIE.resolve(nom), pdf);
    }

    /** veraPDF's failed rules, empty when compliant ({@link fr.portailcep.test.ControlesPdf}). */
    static List<String> reglesEnEchec(PDFAFlavour profil, byte[] fichier) throws Exception {
        return fr.portailcep.test.ControlesPdf.reglesEnEchec(profil, fichier);
    }

    /** True when poppler's pdfsig is on this machine. */
    static boolean pdfsigPresent() {
        try {
            var processus = new ProcessBuilder("pdfsig", "-v").redirectErrorStream(true).start();
            processus.getInputStream().readAllBytes();
            return processus.waitFor(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }

    /** pdfsig's output on a file (it exits nonzero when a signature is not valid). */
    static String pdfsig(Path fichier) throws Exception {
        var processus = new ProcessBuilder("pdfsig", fichier.toString()).redirectErrorStream(true).start();
        var texte = new String(processus.getInputStream().readAllBytes());
        processus.waitFor(60, TimeUnit.SECONDS);
        System.out.println(texte);
        return texte;
    }
}
