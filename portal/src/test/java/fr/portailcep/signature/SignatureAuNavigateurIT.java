package fr.portailcep.signature;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.CompteService;
import fr.portailcep.test.CleVirtuelle;
import fr.portailcep.test.ConnexionParCode;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * The signing screen on a 360 px phone with a CDP virtual authenticator: the person signs with their passkey; a
 * phone that answers without verifying the person is refused by the server; a passkey that cannot be used here
 * ({@code NotAllowedError}) leads to the code by email, which signs.
 */
class SignatureAuNavigateurIT extends PortailIT {

    @Autowired
    DocumentsASignerDeTest documents;
    @Autowired
    CompteService comptes;
    @Autowired
    JournalPreuves journal;

    private record Personne(Page page, CleVirtuelle cle, String email, DocumentsASignerDeTest.Document doc) {
    }

    private Personne personneAvecCleEtDocument(String prefixe) {
        var email = prefixe + "." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        var page = petitTelephone();
        var cle = CleVirtuelle.sur(page.context(), page);
        ConnexionParCode.premiereConnexion(page, url("/connexion"), email);
        page.locator("#creer-cle").click();
        page.waitForURL(Pattern.compile(".*/mon-espace.*"));
        var compte = comptes.parEmail(new AdresseCourriel(email)).orElseThrow();
        var conseiller = personnes.compte("julien.weber");
        var doc = documents.creer(null, List.of(
                new DocumentASigner.Signataire(RoleSignataire.BENEFICIAIRE, compte.id(), "Personne",
                        DocumentASigner.EtatSignataire.ATTENDU, null),
                new DocumentASigner.Signataire(RoleSignataire.CONSEILLER, conseiller.id(), "Julien Weber",
                        DocumentASigner.EtatSignataire.ATTENDU, null)));
        Pages.ouvrir(page, url("/signer/" + doc.id + "?sorte=" + DocumentsASignerDeTest.SORTE));
        return new Personne(page, cle, email, doc);
    }

    @Test
    void la_personne_signe_avec_sa_cle_d_acces_sur_son_telephone() {
        var p = personneAvecCleEtDocument("signe.navigateur");
        var page = p.page();
        assertThat(page.locator("h1")).containsText("Document de test");
        assertThat(page.locator("#signature-document")).containsText("Version 1");
        assertThat(page.locator("#signature-signer")).isDisabled();
        Pages.verifierPage(page, "signature/01-a-signer");
        Pages.verifierSansDefilementHorizontal(page, "signature/01-a-signer");

        page.locator("#signature-consentement").click();
        page.locator("#signature-signer").click();
        assertThat(page.locator("#signature-etat")).containsText("C’est signé");
        assertThat(p.doc().actes).singleElement().asString().contains("CLE_ACCES");
        var preuve = journal.duDocument(DocumentsASignerDeTest.SORTE, p.doc().id, 1).getFirst();
        assertThat(preuve.acte()).isEqualTo(ActePreuve.SIGNATURE);
        // The evidence carries what the phone really signed: the challenge of the stored manifest.
        var clientData = new String(java.util.Base64.getUrlDecoder().decode(preuve.clientDataJson()),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(clientData).contains(preuve.challengeAttendu()).contains(url(""));
        Pages.verifierPage(page, "signature/02-signe");
    }

    @Test
    void un_telephone_qui_n_a_pas_verifie_la_personne_est_refuse() {
        var p = personneAvecCleEtDocument("signe.sansuv");
        var page = p.page();
        p.cle().annoncerSansVerification();
        page.locator("#signature-consentement").click();
        page.locator("#signature-signer").click();
        assertThat(page.locator(".pc-erreur-formulaire")).containsText("n’a pas vérifié que c’était bien vous");
        assertThat(p.doc().actes).isEmpty();
        assertThat(journal.duDocument(DocumentsASignerDeTest.SORTE, p.doc().id, 1)).isEmpty();
        Pages.verifierPage(page, "signature/03-verification-absente");
    }

    @Test
    void sans_cle_utilisable_ici_la_personne_signe_avec_un_code_recu_par_courriel() {
        var p = personneAvecCleEtDocument("signe.code");
        var page = p.page();
        // The phone cannot verify the person: the browser answers NotAllowedError, the screen offers other ways.
        p.cle().refuserVerification();
        page.locator("#signature-consentement").click();
        page.locator("#signature-signer").click();
        assertThat(page.locator("#signature-sans-cle")).isVisible();
        assertThat(page.locator("#signature-etat")).containsText("code par courriel");
        assertThat(page.locator("#signature-ajouter-cle")).hasAttribute("href", "/compte");
        Pages.verifierPage(page, "signature/04-sans-cle");

        var deja = SmtpDeTest.pour(p.email()).size();
        page.locator("#signature-code-demander").click();
        var code = SmtpDeTest.code(SmtpDeTest.attendreSujet(p.email(), deja, "Votre code pour signer un document"));
        page.locator("#signature-code input").fill(code);
        Pages.verifierPage(page, "signature/05-code");
        page.locator("#signature-code-valider").click();
        assertThat(page.locator("#signature-etat")).containsText("C’est signé");
        assertThat(p.doc().actes).singleElement().asString().contains("CODE_COURRIEL");
    }

    @Test
    void la_personne_refuse_avec_une_raison_ou_demande_le_papier() {
        var p = personneAvecCleEtDocument("signe.refus");
        var page = p.page();
        page.locator("#signature-refuser").click();
        page.locator("#signature-refus-confirmer").click();
        assertThat(page.locator("text=Dites en quelques mots pourquoi")).isVisible();
        page.locator("#signature-motif textarea").fill("Mon projet n’est pas celui-là.");
        Pages.verifierPage(page, "signature/06-refus");
        page.locator("#signature-refus-confirmer").click();
        assertThat(page.locator("#signature-etat")).containsText("transmis à votre conseiller");
        assertThat(p.doc().actes).singleElement().asString().startsWith("REFUSE");
    }

    @Test
    void le_conseiller_ouvre_sa_signature_et_depose_le_scan_du_papier() {
        var personne = "signature.papier." + UUID.randomUUID().toString().substring(0, 8);
        var beneficiaire = personnes.nouveauBeneficiaire(personne, "Léa", "Papier");
        var compte = personnes.compte(personne);
        var conseiller = personnes.compte("julien.weber");
        var doc = documents.creer(beneficiaire, List.of(
                new DocumentASigner.Signataire(RoleSignataire.BENEFICIAIRE, compte.id(), "Léa Papier",
                        DocumentASigner.EtatSignataire.ATTENDU, null),
                new DocumentASigner.Signataire(RoleSignataire.CONSEILLER, conseiller.id(), "Julien Weber",
                        DocumentASigner.EtatSignataire.ATTENDU, null)));
        var bureau = bureau();
        connecterDemo(bureau, "julien.weber");
        Pages.ouvrir(bureau, url("/espace-pro/signer/" + doc.id + "?sorte=" + DocumentsASignerDeTest.SORTE));
        assertThat(bureau.locator("#signature-signer")).isVisible();
        Pages.verifierPage(bureau, "signature/10-conseiller-a-signer");
        bureau.locator("#signature-vers-papier").click();
        bureau.waitForURL(Pattern.compile(".*/espace-pro/papier/.*"));
        Pages.attendreVaadin(bureau);
        assertThat(bureau.locator("#papier-copie")).isVisible();
        bureau.locator("#papier-qui vaadin-checkbox").first().click();
        bureau.locator("#papier-scan input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "scan.png", "image/png", java.util.HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001"
                        + "0000000108060000001f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")));
        assertThat(bureau.locator("#papier-etat")).containsText("Le scan est reçu");
        assertThat(bureau.locator("#papier-attester")).isVisible();
        Pages.verifierPage(bureau, "signature/11-papier-scan-recu");
        assertThat(journal.duDocument(DocumentsASignerDeTest.SORTE, doc.id, 1)).extracting(EntreePreuve::acte)
                .containsExactly(ActePreuve.SCAN_PAPIER);
    }
}
