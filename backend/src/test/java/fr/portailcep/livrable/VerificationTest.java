package fr.portailcep.livrable;

import fr.portailcep.signature.CleDeCachet;
import fr.portailcep.signature.CodeQr;
import fr.portailcep.signature.CopiePapierPdf;
import fr.portailcep.signature.DocumentASigner;
import fr.portailcep.signature.FormatPreuves;
import fr.portailcep.signature.PreuvesDeTest;
import fr.portailcep.signature.RapportVerification;
import fr.portailcep.signature.RoleSignataire;
import fr.portailcep.signature.Verification;
import fr.portailcep.signature.VerifierFichier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.portailcep.shared.TextesDeTest;
import tools.jackson.databind.node.ObjectNode;

/**
 * The verifier from the PDF's bytes alone: intact for the sealed livrable; "modifié" for one byte changed, for
 * evidence edited and put back (the seal no longer covers the file), for evidence edited and sealed again by
 * someone else (not the operator's seal), for a passkey signature that does not verify; the command's exit codes.
 */
class VerificationTest {

    private static OutilsDeTest.Scelle scelle;

    private static final Verification VERIFICATION = new Verification(List.of(OutilsDeTest.CACHET.certificat()));

    @BeforeAll
    static void sceller() throws Exception {
        scelle = OutilsDeTest.sceller(OutilsDeTest.scellement());
        OutilsDeTest.garder("verification-scelle.pdf", scelle.scelle());
    }

    @Test
    void le_document_scelle_est_intact_et_chaque_signature_est_reverifiee() {
        var rapport = VERIFICATION.verifier(scelle.scelle());
        System.out.println(rapport.texte());
        assertThat(rapport.intact()).isTrue();
        assertThat(rapport.verdict()).startsWith("Le document est intact");
        assertThat(rapport.signataires()).containsExactly(
                "Inès Martin-Lefèvre, personne accompagnée : signé le 24 novembre 2026 à 14h05, avec sa clé d’accès.",
                "Paul Durand, conseiller ou conseillère : signé le 24 novembre 2026 à 15h20, avec sa clé d’accès.");
        assertThat(rapport.constats()).extracting(RapportVerification.Constat::texte)
                .contains("Le cachet couvre le fichier entier, du premier au dernier octet.",
                        "Le cachet est bien celui de l’opérateur du portail.",
                        "C’est un cachet de démonstration : il prouve l’intégrité du fichier, mais n’a aucune valeur "
                                + "juridique.",
                        "La chaîne des 2 preuves est cohérente : aucune n’a été modifiée.")
                .anyMatch(t -> t.startsWith("Inès Martin-Lefèvre (preuve n° 42) : la signature est vérifiée"))
                .anyMatch(t -> t.startsWith("Paul Durand (preuve n° 43) : la signature est vérifiée"));
    }

    @Test
    void un_octet_change_rend_le_document_modifie() throws Exception {
        var copie = scelle.scelle().clone();
        var texte = new String(copie, StandardCharsets.ISO_8859_1);
        var position = texte.indexOf("Portail CEP");
        assertThat(position).isPositive();
        copie[position] = 'Q';
        OutilsDeTest.garder("verification-un-octet.pdf", copie);
        var rapport = VERIFICATION.verifier(copie);
        System.out.println(rapport.texte());
        assertThat(rapport.intact()).isFalse();
        assertThat(rapport.verdict()).startsWith("Le document a été modifié")
                .contains("La signature du cachet ne correspond plus au contenu");
    }

    @Test
    void des_preuves_modifiees_puis_rejointes_rendent_le_document_modifie() throws Exception {
        var modifie = remplacerPreuves(scelle.scelle(), nomChange(scelle.preuves(), false));
        OutilsDeTest.garder("verification-preuves-modifiees.pdf", modifie);
        var rapport = VERIFICATION.verifier(modifie);
        System.out.println(rapport.texte());
        assertThat(rapport.intact()).isFalse();
        assertThat(rapport.verdict()).contains("Le cachet ne couvre pas tout le fichier");
        assertThat(rapport.constats()).extracting(RapportVerification.Constat::texte)
                .contains("La preuve n° 42 a été modifiée : son empreinte ne correspond plus.");
    }

    @Test
    void des_preuves_modifiees_et_scellees_de_nouveau_par_un_autre_ne_sont_pas_celles_de_l_operateur()
            throws Exception {
        var faussaire = OutilsDeTest.scellement(CleDeCachet.autoSignee(CleDeCachet.NOM_DEMONSTRATION,
                OutilsDeTest.HORLOGE), "");
        var refait = faussaire.sceller(scelle.finalSansPieces(), scelle.original(), "etat-des-lieux-v2-original.pdf",
                nomChange(scelle.preuves(), true));
        OutilsDeTest.garder("verification-rescelle-par-un-autre.pdf", refait);
        var rapport = VERIFICATION.verifier(refait);
        System.out.println(rapport.texte());
        assertThat(rapport.intact()).isFalse();
        assertThat(rapport.verdict()).contains("n’est pas celui de l’opérateur");
        var sansOperateur = new Verification(List.of()).verifier(refait);
        assertThat(sansOperateur.constats()).extracting(RapportVerification.Constat::texte)
                .contains("L’identité du cachet n’a pas été comparée au certificat de l’opérateur (aucun certificat "
                        + "de l’opérateur n’a été donné à la vérification).");
    }

    @Test
    void une_signature_de_cle_d_acces_fausse_est_dite() throws Exception {
        var racine = (ObjectNode) FormatPreuves.JSON.readTree(scelle.preuves());
        var entree = (ObjectNode) racine.path("entrees").get(1);
        var signature = Base64.getUrlDecoder().decode(entree.path("signature").asString());
        signature[signature.length - 3] ^= 0x01;
        entree.put("signature", PreuvesDeTest.b64(signature));
        var preuves = PreuvesDeTest.rechainer(FormatPreuves.JSON.writeValueAsBytes(racine));
        var refait = OutilsDeTest.scellement().sceller(scelle.finalSansPieces(), scelle.original(), "original.pdf",
                preuves);
        var rapport = VERIFICATION.verifier(refait);
        assertThat(rapport.intact()).isFalse();
        assertThat(rapport.verdict()).contains("Paul Durand (preuve n° 43) : la signature est fausse");
    }

    @Test
    void une_signature_sans_verification_de_la_personne_est_refusee() throws Exception {
        var original = scelle.original();
        var preuves = new PreuvesDeTest(OutilsDeTest.ID, 2, original)
                .cleAcces(OutilsDeTest.INES, "Inès Martin-Lefèvre", RoleSignataire.BENEFICIAIRE,
                        OutilsDeTest.HORLOGE.instant(), PreuvesDeTest.cleAcces(), 0x01)
                .codeCourriel(OutilsDeTest.PAUL, "Paul Durand", RoleSignataire.CONSEILLER,
                        OutilsDeTest.HORLOGE.instant()).entrees();
        var rapport = VERIFICATION.verifier(OutilsDeTest.scellement().sceller(scelle.finalSansPieces(), original,
                "original.pdf", FormatPreuves.json(OutilsDeTest.document(original), preuves)));
        System.out.println(rapport.texte());
        assertThat(rapport.signataires()).contains("Paul Durand, conseiller ou conseillère : signé le 24 novembre "
                + "2026 à 15h30, avec un code reçu par courriel (méthode moins sûre).");
        assertThat(rapport.intact()).isFalse();
        assertThat(rapport.verdict()).contains("sans vérification de la personne");
    }

    @Test
    void un_pdf_sans_cachet_n_est_pas_intact() {
        var rapport = VERIFICATION.verifier(scelle.original());
        assertThat(rapport.intact()).isFalse();
        assertThat(rapport.verdict()).contains("aucun cachet");
        assertThat(VERIFICATION.verifier("pas un PDF".getBytes(StandardCharsets.UTF_8)).verdict())
                .contains("pas un PDF lisible");
    }

    @Test
    void la_commande_sort_avec_0_seulement_quand_tout_tient() throws Exception {
        var certificat = OutilsDeTest.SORTIE.resolve("cachet-demonstration.pem");
        Files.writeString(certificat, "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(
                OutilsDeTest.CACHET.certificat().getEncoded()) + "\n-----END CERTIFICATE-----\n");
        var intact = OutilsDeTest.SORTIE.resolve("verification-scelle.pdf").toString();
        var modifie = OutilsDeTest.SORTIE.resolve("verification-un-octet.pdf");
        var copie = scelle.scelle().clone();
        copie[copie.length / 3] ^= 0x20;
        Files.write(modifie, copie);
        var sortie = new ByteArrayOutputStream();
        var flux = new PrintStream(sortie, true, StandardCharsets.UTF_8);
        assertThat(VerifierFichier.executer(new String[] {intact, "--cachet", certificat.toString()}, flux, flux))
                .isZero();
        assertThat(sortie.toString(StandardCharsets.UTF_8)).startsWith("Le document est intact");
        assertThat(VerifierFichier.executer(new String[] {modifie.toString(), "--cachet", certificat.toString()},
                flux, flux)).isEqualTo(1);
        assertThat(VerifierFichier.executer(new String[] {}, flux, flux)).isEqualTo(2);
        assertThat(VerifierFichier.executer(new String[] {"/nulle/part.pdf"}, flux, flux)).isEqualTo(2);
    }

    @Test
    void la_copie_papier_porte_sur_chaque_page_l_identifiant_la_version_l_empreinte_et_le_qr_code()
            throws Exception {
        var original = scelle.original();
        var empreinte = FormatPreuves.sha256Hex(original);
        var document = new DocumentASigner("LIVRABLE", OutilsDeTest.ID, "ETAT_DES_LIEUX", "État des lieux partagé",
                2, original, empreinte, UUID.randomUUID(), List.of());
        var papier = new CopiePapierPdf(TextesDeTest.textes()).imprimer(document,
                "https://portail.test/verifier/" + empreinte);
        OutilsDeTest.garder("etat-des-lieux-papier.pdf", papier);
        try (var pdf = Loader.loadPDF(papier)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            for (var page = 1; page <= pdf.getNumberOfPages(); page++) {
                var extracteur = new PDFTextStripper();
                extracteur.setStartPage(page);
                extracteur.setEndPage(page);
                assertThat(extracteur.getText(pdf)).as("page " + page)
                        .contains("État des lieux partagé – n° " + OutilsDeTest.ID + " – version 2 – empreinte "
                                + CodeQr.empreinteCourte(empreinte))
                        .contains("https://portail.test/verifier/" + empreinte)
                        .contains("11 rue Scribe");
                assertThat(pdf.getPage(page - 1).getResources().getXObjectNames()).isNotEmpty();
            }
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 110),
                    "png", OutilsDeTest.SORTIE.resolve("etat-des-lieux-papier-page-1.png").toFile());
        }
    }

    /** The evidence with the first signer's name changed; {@code rechainer}: hashes rewritten as a forger would. */
    private static byte[] nomChange(byte[] preuves, boolean rechainer) {
        var racine = (ObjectNode) FormatPreuves.JSON.readTree(preuves);
        ((ObjectNode) racine.path("entrees").get(0)).put("horodatage", "2026-11-20T09:00:00Z");
        var json = FormatPreuves.JSON.writeValueAsBytes(racine);
        return rechainer ? PreuvesDeTest.rechainer(json) : json;
    }

    /** The sealed PDF with its evidence attachment replaced, saved incrementally after the seal. */
    private static byte[] remplacerPreuves(byte[] pdf, byte[] preuves) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            var specification = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get(FormatPreuves.FICHIER_PREUVES);
            var fichier = new PDEmbeddedFile(document, new ByteArrayInputStream(preuves));
            fichier.setSubtype("application/json");
            fichier.setSize(preuves.length);
            specification.setEmbeddedFile(fichier);
            specification.setEmbeddedFileUnicode(fichier);
            specification.getCOSObject().setNeedToBeUpdated(true);
            var sortie = new ByteArrayOutputStream();
            document.saveIncremental(sortie);
            return sortie.toByteArray();
        }
    }
}
