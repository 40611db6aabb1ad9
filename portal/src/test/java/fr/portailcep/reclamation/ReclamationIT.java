package fr.portailcep.reclamation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import fr.portailcep.parcours.Personnes;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.AccueilRoutes;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * The réclamations on their screens (issue 11): a person files one on a phone with an attachment and sees at once
 * its acknowledgement and the date of the answer; the correspondant médiation answers from the desk; the person says
 * the answer does not suit them and is shown the way to the médiateur. Someone without an account files one from
 * the public site after confirming their address by a code. A letter recorded with an earlier date of receipt has
 * its dates counted from it. Bad input is refused beside its field, in French, and nothing typed is lost. Every page
 * has no serious axe violation, and the person's pages fit 360 px.
 */
class ReclamationIT extends PortailIT {

    /** A Windows program renamed {@code .pdf}: refused by its content. */
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0,
            0, (byte) 0xB8, 0, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0, 0};

    private static final Pattern PAGE_RECLAMATION = Pattern.compile(".*/mes-reclamations/[0-9a-f-]{36}(\\?.*)?$");

    @Autowired
    ReclamationsService reclamations;

    @Test
    void une_reclamation_deposee_sur_telephone_est_repondue_au_bureau_puis_menee_vers_le_mediateur() throws Exception {
        var identifiant = "reclam." + UUID.randomUUID().toString().substring(0, 8);
        var adresse = identifiant + Personnes.DOMAINE;
        personnes.nouveauBeneficiaire(identifiant, "Léa", "Réclame");
        var aujourdhui = LocalDate.now(horloge);
        var f = Formats.francais();

        var page = petitTelephone();
        connecterDemo(page, identifiant);
        Pages.ouvrir(page, url("/" + AccueilRoutes.BENEFICIAIRE));
        assertThat(page.locator("#carte-reclamations")).isVisible();
        Pages.verifierPage(page, "reclamations/00-accueil-carte-360");
        page.locator("#lien-mes-reclamations").click();
        page.waitForURL(Pattern.compile(".*/mes-reclamations$"));
        Pages.attendreVaadin(page);
        Pages.verifierSansDefilementHorizontal(page, "mes réclamations (aucune)");
        Pages.verifierPage(page, "reclamations/01-mes-reclamations-vide-360");

        page.locator("#faire-une-reclamation").click();
        page.waitForURL(Pattern.compile(".*/mes-reclamations/nouvelle$"));
        Pages.attendreVaadin(page);
        Pages.verifierSansDefilementHorizontal(page, "nouvelle réclamation");
        Pages.verifierPage(page, "reclamations/02-nouvelle-reclamation-360");
        choisirMotif(page, "La qualité du conseil reçu");
        page.locator("#faits textarea").fill("Mon rendez-vous du 3 novembre a duré dix minutes. "
                + "Le conseiller ne connaissait pas mon dossier.");
        page.locator("#attentes textarea").fill("Un nouveau rendez-vous avec une autre personne.");
        page.locator("#pieces-jointes input[type=file]")
                .setInputFiles(new FilePayload("convocation.pdf", "application/pdf", pdf(2048)));
        assertThat(page.locator("#pieces-en-attente li")).hasCount(1);
        Pages.verifierPage(page, "reclamations/03-nouvelle-reclamation-remplie-360");

        // A double click files one réclamation.
        page.locator("#envoyer-reclamation").dblclick();
        page.waitForURL(PAGE_RECLAMATION);
        Pages.attendreVaadin(page);
        assertThat(page.locator("#reclamation-deposee")).isVisible();
        assertThat(page.locator("#accuse-le")).containsText("Accusé de réception envoyé le "
                + f.dateLongue(aujourdhui));
        assertThat(page.locator("#reponse-avant")).hasText("Réponse au plus tard le "
                + f.dateLongue(aujourdhui.plusDays(45)));
        assertThat(page.locator("#compte-a-rebours")).hasText("Il reste 45 jours pour vous répondre.");
        assertThat(page.locator("#pieces-reclamation")).containsText("convocation.pdf");
        assertThat(page.locator("#saisir-mediateur")).hasCount(0);
        Pages.verifierSansDefilementHorizontal(page, "réclamation déposée");
        Pages.verifierPage(page, "reclamations/04-reclamation-deposee-360");
        var liste = personnes.enTantQue(identifiant, () -> reclamations.mesReclamations());
        assertThat(liste).hasSize(1);
        var id = liste.getFirst().id();
        SmtpDeTest.attendreSujet(adresse, 0, "Nous avons bien reçu votre réclamation");

        // The correspondant médiation (Nadia, manager of the Strasbourg site) answers from the desk.
        var bureau = bureau();
        connecterDemo(bureau, "nadia.benali");
        Pages.ouvrir(bureau, url("/espace-pro/reclamations"));
        var ligne = bureau.locator("#reclamation-" + id);
        assertThat(ligne).containsText("Léa Réclame");
        assertThat(ligne).containsText("Réponse avant le");
        Pages.verifierPage(bureau, "reclamations/10-bureau");
        ligne.locator("a").first().click();
        bureau.waitForURL(Pattern.compile(".*/espace-pro/reclamations/" + id + "$"));
        Pages.attendreVaadin(bureau);
        assertThat(bureau.locator("#ouvrir-dossier")).hasAttribute("href",
                "/conseiller/dossiers/" + personnes.beneficiaire(identifiant));
        assertThat(bureau.locator("#accuser-reception")).hasCount(0);
        bureau.locator("#note textarea").fill("Appeler le conseiller avant de répondre.");
        bureau.locator("#ajouter-note").click();
        Pages.attendreVaadin(bureau);
        assertThat(bureau.locator("#notes")).containsText("Appeler le conseiller avant de répondre.");
        var reponse = "Bonjour, nous vous proposons un rendez-vous avec Amina Keita le 2 décembre à 10h.";
        bureau.locator("#texte-reponse-brouillon textarea").fill(reponse);
        bureau.locator("#enregistrer-brouillon").click();
        Pages.attendreVaadin(bureau);
        assertThat(bureau.locator("#etat-brouillon")).containsText("Brouillon enregistré");
        Pages.verifierPage(bureau, "reclamations/11-reclamation-au-bureau");
        bureau.locator("#envoyer-reponse").click();
        var confirmer = bureau.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer").setExact(true));
        assertThat(confirmer).isVisible();
        Pages.verifierPage(bureau, "reclamations/12-confirmer-la-reponse");
        confirmer.click();
        Pages.attendreVaadin(bureau);
        assertThat(bureau.locator("#texte-reponse")).hasText(reponse);
        assertThat(bureau.locator("#lettre-reponse")).isVisible();
        assertThat(bureau.locator("#texte-reponse-brouillon")).hasCount(0);
        assertThat(bureau.locator("#historique")).containsText("Réponse envoyée");
        Pages.verifierPage(bureau, "reclamations/13-reponse-envoyee");
        SmtpDeTest.attendreSujet(adresse, 0, "Nous avons répondu à votre réclamation");

        // The person reads the answer, says it does not suit them, and is shown the way to the médiateur.
        Pages.ouvrir(page, url("/mes-reclamations/" + id));
        assertThat(page.locator("#texte-reponse")).hasText(reponse);
        var lettre = page.waitForDownload(() -> page.locator("#lettre-reponse").click());
        assertThat(lettre.suggestedFilename()).endsWith(".pdf");
        try (var contenu = lettre.createReadStream()) {
            assertThat(new String(contenu.readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
        assertThat(page.locator("#saisir-mediateur")).hasCount(0);
        Pages.verifierSansDefilementHorizontal(page, "réponse reçue");
        Pages.verifierPage(page, "reclamations/05-reponse-recue-360");
        page.locator("#avis vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText("Non, elle ne me convient pas")).click();
        page.locator("#envoyer-avis").click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#raison")).hasAttribute("invalid", "");
        assertThat(page.locator("#raison")).containsText("pourquoi cette réponse ne vous convient pas");
        page.locator("#raison textarea").fill("On ne me propose rien avant décembre.");
        page.locator("#envoyer-avis").click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#avis-donne")).containsText("ne vous convient pas");
        assertThat(page.locator("#saisir-mediateur")).hasText("Saisir le médiateur de France compétences");
        assertThat(page.locator("#saisir-mediateur")).hasAttribute("href", "/mes-reclamations/" + id + "/mediateur");
        assertThat(page.locator("#changer-avis")).isVisible();
        Pages.verifierSansDefilementHorizontal(page, "avis donné");
        Pages.verifierPage(page, "reclamations/06-mediateur-propose-360");
        Pages.ouvrir(page, url("/mes-reclamations"));
        assertThat(page.locator("#reclamation-" + id)).containsText("Réponse contestée");
        Pages.verifierSansDefilementHorizontal(page, "mes réclamations");
        Pages.verifierPage(page, "reclamations/07-mes-reclamations-360");
    }

    @Test
    void une_mauvaise_saisie_est_refusee_a_cote_du_champ_sans_rien_perdre() {
        var identifiant = "reclam.saisie." + UUID.randomUUID().toString().substring(0, 8);
        personnes.nouveauBeneficiaire(identifiant, "Noé", "Saisie");
        var page = petitTelephone();
        connecterDemo(page, identifiant);
        Pages.ouvrir(page, url("/mes-reclamations/nouvelle"));

        // Empty: the motive and what happened are asked for, beside their fields.
        page.locator("#envoyer-reclamation").click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#motif")).containsText("Choisissez le sujet de votre réclamation.");
        assertThat(page.locator("#faits")).hasAttribute("invalid", "");
        assertThat(page.locator("#faits")).containsText("Dites ce qui s’est passé.");

        // 100 Ko (the field's limit removed by a script) and an executable renamed .pdf.
        choisirMotif(page, "Autre chose");
        var centKo = "Trop long. ".repeat(10_240);
        forcer(page, "faits", centKo);
        page.locator("#attentes textarea").fill("Une réponse 😀");
        page.locator("#pieces-jointes input[type=file]")
                .setInputFiles(new FilePayload("releve.pdf", "application/pdf", EXE));
        assertThat(page.locator("#erreur-piece")).containsText("« releve.pdf » n’est pas un PDF ni une photo");
        page.locator("#envoyer-reclamation").click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#faits")).hasAttribute("invalid", "");
        assertThat(page.locator("#faits")).containsText(Pattern.compile("4.?000 caractères au plus"));
        assertThat(page.locator("#faits textarea")).hasValue(centKo);
        assertThat(page.locator("#attentes textarea")).hasValue("Une réponse 😀");
        assertThat(page.locator("#pieces-en-attente li")).hasCount(0);
        Pages.verifierSansDefilementHorizontal(page, "réclamation refusée");
        Pages.verifierPage(page, "reclamations/08-saisie-refusee-360");
        assertThat(personnes.enTantQue(identifiant, () -> reclamations.mesReclamations())).isEmpty();

        // HTML and emoji are kept as typed, and shown as text.
        var html = "<b>Gras</b> <script>alert('x')</script> 😀 Accueil très froid.";
        page.locator("#faits textarea").fill(html);
        page.locator("#envoyer-reclamation").click();
        page.waitForURL(PAGE_RECLAMATION);
        Pages.attendreVaadin(page);
        assertThat(page.locator("#texte-faits")).hasText(html);
        assertThat(page.locator("#texte-attentes")).hasText("Une réponse 😀");
        assertThat(page.locator("#texte-faits b")).hasCount(0);
        Pages.verifierPage(page, "reclamations/09-html-et-emoji-360");
    }

    @Test
    void une_personne_sans_compte_fait_une_reclamation_apres_avoir_confirme_son_adresse_par_un_code() {
        var adresse = "reclam.public." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        var page = petitTelephone();
        Pages.ouvrir(page, url("/"));
        page.locator("#pied-reclamation").click();
        page.waitForURL(Pattern.compile(".*/reclamation$"));
        Pages.attendreVaadin(page);
        Pages.verifierSansDefilementHorizontal(page, "réclamation publique");
        Pages.verifierPage(page, "reclamations/20-reclamation-publique-360");
        page.locator("#envoyer-code").click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#prenom")).containsText("Saisissez votre prénom.");
        page.locator("#prenom input").fill("Camille");
        page.locator("#email input").fill(adresse);
        page.locator("#envoyer-code").click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#code-envoye")).isVisible();
        Pages.verifierPage(page, "reclamations/21-code-360");
        page.locator("#code input").fill(SmtpDeTest.code(SmtpDeTest.attendre(adresse, 1)));
        page.locator("#valider-code").click();
        page.waitForURL(Pattern.compile(".*/mes-reclamations/nouvelle$"));
        Pages.attendreVaadin(page);

        choisirMotif(page, "Le délai pour obtenir un premier rendez-vous");
        page.locator("#faits textarea").fill("J’ai demandé un rendez-vous il y a trois semaines. Personne ne m’a appelé.");
        page.locator("#envoyer-reclamation").click();
        page.waitForURL(PAGE_RECLAMATION);
        Pages.attendreVaadin(page);
        var aujourdhui = LocalDate.now(horloge);
        assertThat(page.locator("#accuse-le")).containsText("Accusé de réception envoyé le");
        assertThat(page.locator("#reponse-avant")).hasText("Réponse au plus tard le "
                + Formats.francais().dateLongue(aujourdhui.plusDays(45)));
        Pages.verifierPage(page, "reclamations/22-reclamation-publique-deposee-360");
        SmtpDeTest.attendreSujet(adresse, 1, "Nous avons bien reçu votre réclamation");
        // No dossier yet: the correspondants médiation of every site have it on their desk all the same.
        var id = UUID.fromString(page.url().replaceAll(".*/mes-reclamations/([0-9a-f-]{36}).*", "$1"));
        assertThat(personnes.enTantQue("nadia.benali", () -> reclamations.bureau()))
                .extracting(ResumeReclamation::id).contains(id);
    }

    @Test
    void un_courrier_enregistre_avec_sa_date_de_reception_compte_ses_delais_depuis_cette_date() {
        var identifiant = "reclam.courrier." + UUID.randomUUID().toString().substring(0, 8);
        personnes.nouveauBeneficiaire(identifiant, "Gaspard", "Courrier");
        var recueLe = LocalDate.now(horloge).minusDays(10);
        var f = Formats.francais();

        var bureau = bureau();
        connecterDemo(bureau, "nadia.benali");
        Pages.ouvrir(bureau, url("/espace-pro/reclamations"));
        bureau.locator("#enregistrer-courrier").click();
        bureau.waitForURL(Pattern.compile(".*/espace-pro/reclamations/courrier$"));
        Pages.attendreVaadin(bureau);
        Pages.verifierPage(bureau, "reclamations/30-courrier");
        bureau.locator("#personne input").fill("Gaspard Courrier");
        bureau.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Gaspard Courrier"))
                .first().click();
        bureau.locator("#recue-le input").fill(recueLe.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        bureau.locator("#recue-le input").press("Enter");
        choisirMotif(bureau, "L’accueil qui vous a été fait");
        bureau.locator("#faits textarea").fill("Lettre reçue : la personne n’a pas été reçue à l’heure.");
        bureau.locator("#enregistrer-reclamation").click();
        bureau.waitForURL(Pattern.compile(".*/espace-pro/reclamations/[0-9a-f-]{36}$"));
        Pages.attendreVaadin(bureau);
        assertThat(bureau.locator("#recue-le")).hasText("Reçue le " + f.dateLongue(recueLe));
        // Received ten days ago: the acknowledgement (due within 7 days of receipt) is late.
        assertThat(bureau.locator("#accuse-avant")).hasText("Accusé de réception en retard : il devait partir avant le "
                + f.dateLongue(recueLe.plusDays(7)));
        assertThat(bureau.locator("#reponse-avant")).hasText("Réponse au plus tard le "
                + f.dateLongue(recueLe.plusDays(45)));
        assertThat(bureau.locator("#compte-a-rebours")).hasText("Il reste 35 jours pour répondre.");
        Pages.verifierPage(bureau, "reclamations/31-courrier-enregistre");

        bureau.locator("#accuser-reception").click();
        Pages.attendreVaadin(bureau);
        assertThat(bureau.locator("#accuse-le")).containsText("Accusé de réception envoyé le");
        assertThat(bureau.locator("#accuser-reception")).hasCount(0);
        assertThat(bureau.locator("#historique")).containsText("Accusé de réception envoyé");
        Pages.verifierPage(bureau, "reclamations/32-accuse-envoye");
    }

    private static void choisirMotif(Page page, String libelle) {
        page.locator("#motif").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(libelle)).click();
        Pages.attendreVaadin(page);
    }

    private static byte[] pdf(int taille) {
        var contenu = new byte[taille];
        System.arraycopy("%PDF-1.4\n".getBytes(), 0, contenu, 0, 9);
        return contenu;
    }

    /** Types a value the field's {@code maxlength} would not let through (the limit removed by a script). */
    private static void forcer(Page page, String id, String valeur) {
        page.evaluate("""
                ([id, valeur]) => {
                  const champ = document.getElementById(id);
                  champ.maxlength = null;
                  const saisie = champ.querySelector('input, textarea');
                  saisie.removeAttribute('maxlength');
                  saisie.value = valeur;
                  saisie.dispatchEvent(new Event('input', {bubbles: true}));
                  saisie.dispatchEvent(new Event('change', {bubbles: true}));
                }""", List.of(id, valeur));
        Pages.attendreVaadin(page);
    }
}
