package fr.portailcep.livrable;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.verapdf.pdfa.flavours.PDFAFlavour;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

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
 * Issue 10, what must be shown, item 1, end to end on phones with real passkeys (CDP virtual authenticators): the
 * conseiller drafts and submits the État des lieux partagé; the person reads it and comments; the conseiller changes
 * it (version 2); the person signs version 2 with her passkey; the conseiller co-signs with his; UO1 is then closed
 * with its motive, the sealed PDF reaches the person by email and in "Mes documents", and it verifies as intact
 * without the portal. Every page the person sees passes axe at 360 px.
 */
class SignatureLivrableIT extends PortailIT {

    private static final String CONSEILLERE = "amina.keita";
    private static final String AJOUT = "Elle travaille à temps partiel, quatre jours par semaine.";

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

    @Test
    void redige_commente_modifie_signe_par_les_deux_et_l_unite_se_clot() throws Exception {
        var identifiant = "ines.signature." + UUID.randomUUID().toString().substring(0, 6);
        var email = identifiant + Personnes.DOMAINE;
        var ines = personnes.nouveauBeneficiaire(identifiant, "Inès", "Garnier");
        personnes.faire(CONSEILLERE, () -> parcours.engager(ines, new Engagement(UniteOeuvre.UO1,
                LocalDate.now(horloge), true, Eligibilite.CONFIRMEE, null, null, null, null)));

        // Each has a phone with a passkey of their own.
        var telephone = petitTelephone();
        var cleInes = CleVirtuelle.sur(telephone.context(), telephone);
        ConnexionParCode.premiereConnexion(telephone, url("/connexion"), email);
        telephone.locator("#creer-cle").click();
        telephone.waitForURL(Pattern.compile(".*/mon-espace.*"));
        assertThat(cleInes.cles()).hasSize(1);

        var pro = telephone();
        var cleAmina = CleVirtuelle.sur(pro.context(), pro);
        var emailPro = CONSEILLERE + Personnes.DOMAINE;
        ConnexionParCode.saisir(pro, url("/connexion"), emailPro, SmtpDeTest.pour(emailPro).size() + 1);
        pro.waitForURL(u -> !u.contains("/connexion"));
        Pages.ouvrir(pro, url("/espace-pro/compte"));
        pro.locator("#libelle-cle input").fill("Téléphone de test");
        pro.locator("#ajouter-cle").click();
        Pages.attendreVaadin(pro);
        assertThat(pro.locator("#liste-cles")).containsText("Téléphone de test");
        assertThat(cleAmina.cles()).hasSize(1);

        // The conseillère drafts the État des lieux, prefilled, and submits it.
        LivrablesDeTest.ouvrirOnglet(pro, url("/conseiller/dossiers/" + ines));
        pro.locator("#rediger-ETAT_DES_LIEUX").click();
        Pages.attendreVaadin(pro);
        pro.locator("#situation textarea").fill("Inès est assistante de gestion depuis douze ans.");
        pro.locator("#decision vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^Continuer")))
                .click();
        pro.locator("#enregistrer-livrable").click();
        Pages.attendreVaadin(pro);
        pro.locator("#soumettre-livrable").click();
        Pages.attendreVaadin(pro);
        var carte = pro.locator("#livrable-ETAT_DES_LIEUX");
        assertThat(carte).containsText("À signer");
        Pages.verifierPage(pro, "signature-livrable/01-soumis");

        // The person reads it and comments.
        Pages.ouvrir(telephone, url("/mes-documents"));
        telephone.locator("#a-signer a").filter(new Locator.FilterOptions().setHasText("Lire et signer")).click();
        telephone.waitForURL(Pattern.compile(".*/mes-documents/[0-9a-f-]{36}$"));
        Pages.attendreVaadin(telephone);
        var lecture = telephone.url();
        telephone.locator("#commentaire textarea").fill("Pouvez-vous dire que je travaille à temps partiel ?");
        telephone.locator("#commenter").click();
        Pages.attendreVaadin(telephone);
        assertThat(telephone.locator("#commentaires")).containsText("temps partiel");

        // The conseillère changes it: version 2, pending signatures cancelled.
        LivrablesDeTest.ouvrirOnglet(pro, url("/conseiller/dossiers/" + ines));
        pro.locator("#modifier-livrable").click();
        pro.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Modifier et créer une nouvelle version")).click();
        Pages.attendreVaadin(pro);
        var situation = pro.locator("#situation textarea");
        situation.fill(situation.inputValue() + "\n" + AJOUT);
        pro.locator("#enregistrer-livrable").click();
        Pages.attendreVaadin(pro);
        assertThat(carte).containsText("Version 2");
        if (pro.locator("#soumettre-livrable").count() > 0) {
            pro.locator("#soumettre-livrable").click();
            Pages.attendreVaadin(pro);
        }
        assertThat(carte).containsText("À signer");

        // The person reads version 2 and signs it with her passkey.
        Pages.ouvrir(telephone, lecture);
        assertThat(telephone.locator("#version-document")).containsText("Version 2");
        assertThat(telephone.locator("#document")).containsText(AJOUT);
        telephone.locator("#lire-et-signer").click();
        Pages.attendreVaadin(telephone);
        assertThat(telephone.locator("#signature-document")).containsText("Version 2");
        Pages.verifierPage(telephone, "signature-livrable/02-a-signer");
        Pages.verifierSansDefilementHorizontal(telephone, "écran de signature");
        telephone.locator("#signature-consentement").click();
        telephone.locator("#signature-signer").click();
        assertThat(telephone.locator("#signature-etat")).containsText("C’est signé");
        Pages.verifierPage(telephone, "signature-livrable/03-signe-par-la-personne");
        assertThat(LivrablesDeTest.uo1(jdbc, ines)).as("UO1 attend la cosignature").isEqualTo("EN_COURS null");

        // The conseillère co-signs with hers: the livrable is sealed and UO1 closes with its motive.
        LivrablesDeTest.ouvrirOnglet(pro, url("/conseiller/dossiers/" + ines));
        pro.locator("#signer-livrable").click();
        Pages.attendreVaadin(pro);
        pro.locator("#signature-consentement").click();
        pro.locator("#signature-signer").click();
        assertThat(pro.locator("#signature-etat")).containsText("C’est signé");
        LivrablesDeTest.ouvrirOnglet(pro, url("/conseiller/dossiers/" + ines));
        assertThat(carte).containsText("Signé");
        Pages.verifierPage(pro, "signature-livrable/04-signe-par-les-deux");
        assertThat(LivrablesDeTest.uo1(jdbc, ines)).isEqualTo("CLOSE " + MotifCloture.LIVRABLE_SIGNE);

        // Her copy, at once: by email with the PDF, and in "Mes documents".
        var courriel = SmtpDeTest.attendreSujet(email, 0, "Votre document signé");
        var pdf = LivrablesDeTest.pdfJoint(courriel);
        Files.createDirectories(Path.of("target", "livrables"));
        var fichier = Path.of("target", "livrables", "etat-des-lieux-signe-de-bout-en-bout.pdf");
        Files.write(fichier, pdf);
        // Item 2: the very PDF the person received is PDF/A-3a and PDF/UA-1, and poppler validates its seal.
        assertThat(OutilsDeTest.reglesEnEchec(PDFAFlavour.PDFA_3_A, pdf)).as("PDF/A-3a").isEmpty();
        assertThat(OutilsDeTest.reglesEnEchec(PDFAFlavour.PDFUA_1, pdf)).as("PDF/UA-1").isEmpty();
        assertThat(OutilsDeTest.pdfsigPresent()).as("pdfsig (poppler-utils, installé par .ci/run)").isTrue();
        assertThat(OutilsDeTest.pdfsig(fichier)).contains("Signature is Valid").contains("Total document signed");
        var rapport = new Verification(List.of(cachet.certificat())).verifier(pdf);
        assertThat(rapport.intact()).as(rapport.toString()).isTrue();
        assertThat(rapport.toString()).contains("Inès Garnier").contains("clé d’accès");

        Pages.ouvrir(telephone, url("/mes-documents"));
        assertThat(telephone.locator("#signes")).containsText("État des lieux partagé");
        Pages.verifierPage(telephone, "signature-livrable/05-mes-documents-signe");
        Pages.verifierSansDefilementHorizontal(telephone, "mes documents signés");
    }
}
