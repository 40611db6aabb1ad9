package fr.portailcep.parcours;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import fr.portailcep.messagerie.MessagerieService;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * The journey of the issue: a conseiller engages a UO1; on a phone the person sees their timeline and plan, ticks an
 * action, pauses another with a reason, writes with a PDF; the conseiller answers; the courriels say a message is
 * waiting, never what it says. Every page passes axe with no serious or critical violation.
 */
class MonParcoursIT extends PortailIT {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    ParcoursService parcours;

    @Autowired
    PlanActionsService plan;

    @Autowired
    MessagerieService messagerie;


    @Test
    void un_conseiller_engage_l_uo1_et_la_personne_suit_son_parcours_au_telephone() throws Exception {
        var nora = personnes.nouveauBeneficiaire("nora.bernard", "Nora", "Bernard");
        var email = "nora.bernard" + Personnes.DOMAINE;

        // The conseiller engages the UO1, with the person's agreement and the facts of rule 3.
        var bureau = bureau();
        connecterDemo(bureau, "julien.weber");
        Pages.ouvrir(bureau, url("/conseiller/dossiers/" + nora));
        assertThat(bureau.locator("h1")).containsText("Nora Bernard");
        bureau.locator("#engager").click();
        assertThat(bureau.locator("#erreur-engagement")).containsText("accord");
        Pages.attendreVaadin(bureau);
        for (var caseACocher : new String[] {"#accord", "#actif-occupe", "#secteur-prive", "#sans-autre-operateur"}) {
            bureau.locator(caseACocher + " input").check();
        }
        Pages.attendreVaadin(bureau);
        bureau.locator("#engager").click();
        assertThat(bureau.locator("#unite-UO1")).containsText(Pattern.compile("GE \\d\\d \\d\\d 01 \\d{6}"));
        Pages.verifierPage(bureau, "parcours/01-conseiller-engagement");

        // The conseiller writes the first objective of the plan with two actions.
        var actions = personnes.enTantQue("julien.weber", () -> {
            var objectif = plan.ajouterObjectif(nora, "Faire le point sur mon métier");
            var a = plan.ajouterAction(objectif.id(), new NouvelleAction(NatureAction.DEMARCHE_PERSONNELLE, null,
                    null, "Lister ce que j’aime dans mon travail", null, java.time.LocalDate.now(horloge).plusDays(7)));
            var b = plan.ajouterAction(objectif.id(), new NouvelleAction(NatureAction.DECOUVERTE_METIER, "PMSMP",
                    null, "Passer une journée dans un atelier de menuiserie", null,
                    java.time.LocalDate.now(horloge).plusDays(30)));
            return new UUID[] {a.id(), b.id()};
        });

        // On her phone, the person sees where she stands, what comes next and her conseiller.
        var telephone = telephone();
        connecterDemo(telephone, "nora.bernard");
        Pages.ouvrir(telephone, url("/parcours"));
        assertThat(telephone.locator("#ou-j-en-suis")).containsText("UO1");
        assertThat(telephone.locator("#fin-de-delai")).isVisible();
        assertThat(telephone.locator("#a-venir")).containsText("Lister ce que j’aime dans mon travail");
        assertThat(telephone.locator("#mon-referent")).containsText("Julien Weber");
        assertThat(telephone.locator("#frise")).containsText("UO1");
        Pages.verifierSansDefilementHorizontal(telephone, "mon parcours");
        Pages.verifierPage(telephone, "parcours/10-mon-parcours");

        // The plan: she ticks the first action.
        telephone.locator("#voir-plan").click();
        telephone.waitForURL(Pattern.compile(".*/parcours/plan$"));
        Pages.attendreVaadin(telephone);
        var premiere = telephone.locator("#action-" + actions[0]);
        premiere.locator("vaadin-checkbox").click();
        Pages.attendreVaadin(telephone);
        assertThat(telephone.locator("#action-" + actions[0])).containsText("Fait");
        Pages.verifierSansDefilementHorizontal(telephone, "mon plan");
        Pages.verifierPage(telephone, "parcours/20-mon-plan");

        // She pauses the second one: she has a doubt, and says why.
        Pages.ouvrir(telephone, url("/parcours/actions/" + actions[1]));
        telephone.locator("#pause-ouvrir").click();
        telephone.locator("#raison-pause vaadin-radio-button").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("J’ai un doute")).click();
        telephone.locator("#pause-precision textarea").fill("Je ne suis pas sûre d’aimer le bruit des machines.");
        telephone.locator("#pause-valider").click();
        Pages.attendreVaadin(telephone);
        assertThat(telephone.locator("#resume-action")).containsText("J’ai un doute");
        Pages.verifierPage(telephone, "parcours/30-action-en-pause");

        personnes.faire("julien.weber", () -> {
            assertThat(plan.action(actions[0]).statut()).isEqualTo(StatutAction.FAITE);
            assertThat(plan.action(actions[1]).statut()).isEqualTo(StatutAction.EN_PAUSE);
            // The reason is stored as a code, translated when shown (above: « J’ai un doute » on the page).
            assertThat(plan.action(actions[1]).raisonPause()).contains(fr.portailcep.parcours.RaisonPause.DOUTE);
            assertThat(plan.action(actions[1]).motifStatut()).hasValueSatisfying(m -> assertThat(m)
                    .contains("bruit des machines"));
        });

        // She writes to her conseiller with a PDF.
        var avantJulien = SmtpDeTest.pour("julien.weber" + Personnes.DOMAINE).size();
        var avantNora = SmtpDeTest.pour(email).size();
        Pages.ouvrir(telephone, url("/messages"));
        telephone.locator("#sujet-message input").fill("Mon attestation");
        telephone.locator("#texte-message textarea").fill("Bonjour, voici mon attestation d’employeur. Nora");
        telephone.locator("#pieces-jointes input[type=file]")
                .setInputFiles(new FilePayload("attestation.pdf", "application/pdf", PDF));
        assertThat(telephone.locator("#pieces-en-attente")).containsText("attestation.pdf");
        Pages.verifierPage(telephone, "parcours/40-nouveau-message");
        telephone.locator("#envoyer-message").click();
        telephone.waitForURL(Pattern.compile(".*/messages/[0-9a-f-]{36}$"));
        Pages.attendreVaadin(telephone);
        assertThat(telephone.locator("#fil")).containsText("voici mon attestation");
        assertThat(telephone.locator("#fil")).containsText("attestation.pdf");
        var filUrl = telephone.url();

        // The conseiller is told a message waits, without its content; his inbox says for how long.
        var pourJulien = SmtpDeTest.attendreSujet("julien.weber" + Personnes.DOMAINE, avantJulien, "Un message vous attend sur le Portail CEP");
        assertThat(SmtpDeTest.corps(pourJulien)).doesNotContain("attestation d’employeur").doesNotContain("Mon attestation");
        horloge.avancer(java.time.Duration.ofHours(5));
        // Five hours later, both were signed out after 30 minutes without activity: they sign in again.
        connecterDemo(bureau, "julien.weber");
        Pages.ouvrir(bureau, url("/conseiller/messages"));
        assertThat(bureau.locator("#boite li", new Page.LocatorOptions().setHasText("Nora Bernard")))
                .containsText("Attend depuis 5 heures");
        Pages.verifierPage(bureau, "parcours/50-conseiller-boite");
        bureau.locator("#boite a", new Page.LocatorOptions().setHasText("Mon attestation")).first().click();
        bureau.waitForURL(Pattern.compile(".*/conseiller/messages/[0-9a-f-]{36}$"));
        Pages.attendreVaadin(bureau);
        // He downloads the PDF through the portal (checked owner), and answers.
        var telechargement = bureau.waitForDownload(() -> bureau.locator("#fil a.pc-piece-jointe").first().click());
        assertThat(Files.readAllBytes(telechargement.path())).isEqualTo(PDF);
        bureau.locator("#texte-message textarea").fill("Merci Nora, c’est bien reçu. Julien Weber");
        bureau.locator("#envoyer-message").click();
        Pages.attendreVaadin(bureau);
        assertThat(bureau.locator("#fil")).containsText("c’est bien reçu");

        // Nora is told by courriel, without the content; she reads the answer on her phone.
        var pourNora = SmtpDeTest.attendreSujet(email, avantNora, "Un message vous attend sur le Portail CEP");
        assertThat(SmtpDeTest.corps(pourNora)).doesNotContain("bien reçu").contains("ne contient pas le message");
        connecterDemo(telephone, "nora.bernard");
        Pages.ouvrir(telephone, filUrl);
        assertThat(telephone.locator("#fil")).containsText("c’est bien reçu");
        Pages.verifierSansDefilementHorizontal(telephone, "fil de messages");
        Pages.verifierPage(telephone, "parcours/60-fil-messages");
    }
}
