package fr.portailcep.livrable;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;


import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import fr.portailcep.parcours.Eligibilite;
import fr.portailcep.parcours.Engagement;
import fr.portailcep.parcours.MotifCloture;
import fr.portailcep.parcours.ParcoursService;
import fr.portailcep.parcours.Personnes;
import fr.portailcep.parcours.UniteOeuvre;
import fr.portailcep.signature.ScellementPades;
import fr.portailcep.signature.Verification;
import fr.portailcep.test.CleVirtuelle;
import fr.portailcep.test.ConnexionParCode;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * Issue 10, the paper path on a real livrable (the État des lieux partagé), end to end: the person chooses paper on
 * her phone; the conseillère sees it in the Livrables tab, downloads the printed copy (footer on every page: id,
 * version, short hash), uploads the scan, says who signed on paper and attests the scan with her own passkey (CDP
 * virtual authenticator). The livrable is then sealed, UO1 closes as signed on paper, and the person gets the sealed
 * PDF by email and in "Mes documents". Then the mixed mode: the person on paper, the conseillère with her passkey.
 */
class PapierLivrableIT extends PortailIT {

    private static final String CONSEILLERE = "amina.keita";
    /** A 1×1 PNG: the scan of the signed paper. */
    private static final byte[] SCAN = HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4"
            + "890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082");

    @Autowired
    ParcoursService parcours;

    @Autowired
    ScellementPades cachet;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void laConseillereRendSaCle() {
        // Other tests meet this conseillère without a passkey: the one created here goes with the test.
        jdbc.sql("""
                delete from user_credentials where user_entity_user_id in
                    (select id from user_entities where name = :email)""")
                .param("email", CONSEILLERE + Personnes.DOMAINE).update();
    }

    /** The person, her phone (360 px) and the conseillère's phone, each with a passkey of their own. */
    private record Scene(UUID personne, String email, Page telephone, Page pro) {
    }

    private Scene scene(String prefixe, String prenom) {
        var identifiant = prefixe + "." + UUID.randomUUID().toString().substring(0, 6);
        var email = identifiant + Personnes.DOMAINE;
        var personne = personnes.nouveauBeneficiaire(identifiant, prenom, "Papier");
        personnes.faire(CONSEILLERE, () -> parcours.engager(personne, new Engagement(UniteOeuvre.UO1,
                LocalDate.now(horloge), true, Eligibilite.CONFIRMEE, null, null, null, null)));

        var telephone = petitTelephone();
        var cle = CleVirtuelle.sur(telephone.context(), telephone);
        ConnexionParCode.premiereConnexion(telephone, url("/connexion"), email);
        telephone.locator("#creer-cle").click();
        telephone.waitForURL(Pattern.compile(".*/mon-espace.*"));
        assertThat(cle.cles()).hasSize(1);

        var pro = telephone();
        var cleAmina = CleVirtuelle.sur(pro.context(), pro);
        // One click (demo profile): a code by email each time would meet the limit of three codes per quarter hour.
        connecterDemo(pro, CONSEILLERE);
        Pages.ouvrir(pro, url("/espace-pro/compte"));
        pro.locator("#libelle-cle input").fill("Téléphone de test");
        pro.locator("#ajouter-cle").click();
        Pages.attendreVaadin(pro);
        assertThat(pro.locator("#liste-cles")).containsText("Téléphone de test");
        assertThat(cleAmina.cles()).hasSize(1);

        // The conseillère drafts the État des lieux and submits it.
        LivrablesDeTest.ouvrirOnglet(pro, url("/conseiller/dossiers/" + personne));
        pro.locator("#rediger-ETAT_DES_LIEUX").click();
        Pages.attendreVaadin(pro);
        pro.locator("#situation textarea").fill(prenom + " est comptable depuis quinze ans.");
        pro.locator("#decision vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^Continuer")))
                .click();
        pro.locator("#enregistrer-livrable").click();
        Pages.attendreVaadin(pro);
        pro.locator("#soumettre-livrable").click();
        Pages.attendreVaadin(pro);
        assertThat(pro.locator("#livrable-ETAT_DES_LIEUX")).containsText("À signer");
        return new Scene(personne, email, telephone, pro);
    }

    /** The person opens the État des lieux to sign on her phone and says she prefers paper. */
    private void laPersonneChoisitLePapier(Page telephone, String capture) {
        Pages.ouvrir(telephone, url("/mes-documents"));
        telephone.locator("#a-signer a").filter(new Locator.FilterOptions().setHasText("Lire et signer")).click();
        telephone.waitForURL(Pattern.compile(".*/mes-documents/[0-9a-f-]{36}$"));
        Pages.attendreVaadin(telephone);
        telephone.locator("#lire-et-signer").click();
        Pages.attendreVaadin(telephone);
        assertThat(telephone.locator("#signature-papier")).hasText("Je préfère signer sur papier");
        Pages.verifierPage(telephone, "livrable-papier/" + capture + "-a-signer");
        Pages.verifierSansDefilementHorizontal(telephone, "écran de signature");
        telephone.locator("#signature-papier").click();
        assertThat(telephone.locator("#signature-etat"))
                .containsText("votre conseiller vous fera signer ce document sur papier");
        assertThat(telephone.locator("#signature-signer")).hasCount(0);
        Pages.verifierPage(telephone, "livrable-papier/" + capture + "-papier-demande");
        Pages.verifierSansDefilementHorizontal(telephone, "papier demandé");
    }

    /** The conseillère opens the paper page from the tab, downloads the copy, uploads the scan and attests it. */
    private void laConseillereDeposeEtAtteste(Scene s, boolean lesDeux, String capture) throws IOException {
        var pro = s.pro();
        LivrablesDeTest.ouvrirOnglet(pro, url("/conseiller/dossiers/" + s.personne()));
        var carte = pro.locator("#livrable-ETAT_DES_LIEUX");
        assertThat(carte).containsText("préfère signer sur papier");
        pro.locator("#papier-livrable").click();
        pro.waitForURL(Pattern.compile(".*/espace-pro/papier/[0-9a-f-]{36}$"));
        Pages.attendreVaadin(pro);
        var livrableId = pro.url().substring(pro.url().lastIndexOf('/') + 1);
        var version = pro.locator("h1 + p").textContent();
        var empreinte = Pattern.compile("empreinte ([0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4})")
                .matcher(version);
        assertThat(empreinte.find()).as(version).isTrue();
        Pages.verifierPage(pro, "livrable-papier/" + capture + "-page-papier");

        // The printed copy: a PDF whose every page carries id, version and short hash.
        var telechargement = pro.waitForDownload(() -> pro.locator("#papier-copie").click());
        var copie = Files.readAllBytes(telechargement.path());
        assertThat(new String(copie, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(copie)) {
            assertThat(document.getNumberOfPages()).isPositive();
            for (var numero = 1; numero <= document.getNumberOfPages(); numero++) {
                var lecteur = new PDFTextStripper();
                lecteur.setStartPage(numero);
                lecteur.setEndPage(numero);
                assertThat(lecteur.getText(document)).as("page " + numero).contains(livrableId)
                        .contains("version 1").contains("empreinte " + empreinte.group(1));
            }
        }
        Files.createDirectories(Path.of("target", "livrables"));
        Files.write(Path.of("target", "livrables", "etat-des-lieux-copie-papier-" + capture + ".pdf"), copie);

        // Who signed on paper, then the scan.
        var cases = pro.locator("#papier-qui vaadin-checkbox");
        cases.filter(new Locator.FilterOptions().setHasText("La personne accompagnée")).click();
        if (lesDeux) {
            cases.filter(new Locator.FilterOptions().setHasText("Le conseiller ou la conseillère")).click();
        }
        pro.locator("#papier-scan input[type=file]").setInputFiles(new FilePayload("scan-etat-des-lieux.png",
                "image/png", SCAN));
        assertThat(pro.locator("#papier-etat")).containsText("Le scan est reçu");
        Pages.verifierPage(pro, "livrable-papier/" + capture + "-scan-recu");

        // She attests it with her own passkey.
        pro.locator("#papier-attester").click();
        assertThat(pro.locator("#papier-etat")).containsText("Scan attesté.");
        assertThat(pro.locator("#papier-attester")).hasCount(0);
        Pages.verifierPage(pro, "livrable-papier/" + capture + "-scan-atteste");
    }

    @Test
    void la_personne_signe_sur_papier_la_conseillere_atteste_le_scan_et_l_unite_se_clot() throws Exception {
        var s = scene("ines.papier", "Inès");
        laPersonneChoisitLePapier(s.telephone(), "01");
        // Both signed the printed copy, at the meeting.
        laConseillereDeposeEtAtteste(s, true, "02");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(LivrablesDeTest.uo1(jdbc, s.personne()))
                .isEqualTo("CLOSE " + MotifCloture.LIVRABLE_SIGNE_PAPIER));
        LivrablesDeTest.ouvrirOnglet(s.pro(), url("/conseiller/dossiers/" + s.personne()));
        var signataires = s.pro().locator("#livrable-ETAT_DES_LIEUX [id^=signataires-]");
        assertThat(s.pro().locator("#livrable-ETAT_DES_LIEUX")).containsText("Signé");
        assertThat(signataires).containsText("sur papier");
        assertThat(signataires).not().containsText("clé d’accès");
        Pages.verifierPage(s.pro(), "livrable-papier/02-signe-sur-papier");

        var pdf = LivrablesDeTest.pdfJoint(SmtpDeTest.attendreSujet(s.email(), 0, "Votre document signé"));
        Files.write(Path.of("target", "livrables", "etat-des-lieux-signe-sur-papier.pdf"), pdf);
        var rapport = new Verification(List.of(cachet.certificat())).verifier(pdf);
        assertThat(rapport.intact()).as(rapport.toString()).isTrue();
        // Each signer on paper is named in the report, with who attested the scan.
        assertThat(rapport.signataires()).hasSize(2).allMatch(l -> l.contains(
                "sur papier (copie numérisée attestée par Amina Keita avec sa clé d’accès)"));
        assertThat(rapport.signataires()).anyMatch(l -> l.startsWith("Inès Papier, personne accompagnée : signé le"))
                .anyMatch(l -> l.startsWith("Amina Keita, conseiller ou conseillère : signé le"));

        Pages.ouvrir(s.telephone(), url("/mes-documents"));
        assertThat(s.telephone().locator("#signes")).containsText("État des lieux partagé");
        Pages.verifierPage(s.telephone(), "livrable-papier/03-mes-documents-signe");
        Pages.verifierSansDefilementHorizontal(s.telephone(), "mes documents signés");
    }

    @Test
    void la_personne_signe_sur_papier_et_la_conseillere_avec_sa_cle() throws Exception {
        var s = scene("jade.papier", "Jade");
        laPersonneChoisitLePapier(s.telephone(), "11");
        laConseillereDeposeEtAtteste(s, false, "12");
        LivrablesDeTest.ouvrirOnglet(s.pro(), url("/conseiller/dossiers/" + s.personne()));
        var signataires = s.pro().locator("#livrable-ETAT_DES_LIEUX [id^=signataires-]");
        assertThat(signataires).containsText(Pattern.compile("Jade Papier.*sur papier"));
        assertThat(LivrablesDeTest.uo1(jdbc, s.personne())).as("UO1 attend la signature de la conseillère").isEqualTo("EN_COURS null");

        // The conseillère signs with her passkey: both signatures, each with its own method.
        s.pro().locator("#signer-livrable").click();
        Pages.attendreVaadin(s.pro());
        s.pro().locator("#signature-consentement").click();
        s.pro().locator("#signature-signer").click();
        assertThat(s.pro().locator("#signature-etat")).containsText("C’est signé");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(LivrablesDeTest.uo1(jdbc, s.personne())).startsWith("CLOSE "));
        LivrablesDeTest.ouvrirOnglet(s.pro(), url("/conseiller/dossiers/" + s.personne()));
        assertThat(signataires).containsText(Pattern.compile("Jade Papier.*sur papier"));
        assertThat(signataires).containsText(Pattern.compile("Keita.*avec sa clé d’accès"));
        Pages.verifierPage(s.pro(), "livrable-papier/13-mixte-signe");

        var pdf = LivrablesDeTest.pdfJoint(SmtpDeTest.attendreSujet(s.email(), 0, "Votre document signé"));
        Files.write(Path.of("target", "livrables", "etat-des-lieux-signe-papier-et-cle.pdf"), pdf);
        var rapport = new Verification(List.of(cachet.certificat())).verifier(pdf);
        assertThat(rapport.intact()).as(rapport.toString()).isTrue();
        // Recorded per signer: the person on paper (scan attested), the conseillère with her passkey.
        assertThat(rapport.signataires()).hasSize(2);
        assertThat(rapport.signataires()).anyMatch(l -> l.startsWith("Jade Papier, personne accompagnée : signé le")
                && l.endsWith("sur papier (copie numérisée attestée par Amina Keita avec sa clé d’accès)."));
        assertThat(rapport.signataires()).anyMatch(l -> l.startsWith("Amina Keita, conseiller ou conseillère : signé le")
                && l.endsWith(", avec sa clé d’accès."));
    }
}
