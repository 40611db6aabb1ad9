package fr.portailcep.shared;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;

import fr.portailcep.messagerie.MessagerieService;
import fr.portailcep.parcours.Eligibilite;
import fr.portailcep.parcours.Engagement;
import fr.portailcep.parcours.NatureAction;
import fr.portailcep.parcours.NouvelleAction;
import fr.portailcep.parcours.ParcoursService;
import fr.portailcep.parcours.PlanActionsService;
import fr.portailcep.parcours.UniteOeuvre;
import fr.portailcep.rendezvous.web.CreneauxDeTest;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;

/**
 * Finding 9 of issue 8, as a new user would try it on a 360 px phone: values the field's {@code maxlength} would
 * not let through (a few lines of script remove it) and control characters are refused by the server beside the
 * field, in French, keeping what was typed; a counter says when a text reaches its limit; a long word without
 * spaces never widens the page; an unknown address or id answers HTTP 404.
 */
class SaisiesAuNavigateurIT extends PortailIT {

    private static final String CENT_UN = "Maximilienne".repeat(8) + "abcde";
    private static final String AVEC_NUL = "Mar\u0000tin";
    private static final String SANS_NUL = "Mar\uFFFDtin";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ParcoursService parcours;

    @Autowired
    PlanActionsService plan;

    @Autowired
    MessagerieService messagerie;

    @Test
    void la_reservation_refuse_un_prenom_trop_long_et_un_nom_avec_nul_a_cote_des_champs() {
        var page = petitTelephone();
        versLesCreneaux(page);
        page.locator(".pc-creneau").first().click();
        page.waitForURL(Pattern.compile(".*/rendez-vous/coordonnees.*"));
        Pages.attendreVaadin(page);

        assertThat(CENT_UN).hasSize(101);
        forcer(page, "prenom", CENT_UN);
        forcer(page, "nom", AVEC_NUL);
        page.locator("#email").fill("saisies.reservation@exemple.fr");
        page.locator("#confirmer").click();
        Pages.attendreVaadin(page);

        assertThat(page.locator("#prenom")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#prenom-erreur")).containsText("100 caractères au plus (vous en avez saisi 101)");
        assertThat(page.locator("#prenom")).hasValue(CENT_UN);
        assertThat(page.locator("#nom")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#nom-erreur")).containsText("caractère invisible ou de contrôle");
        // An HTML page cannot carry a NUL back (the parser turns it into U+FFFD): the rest of the name is there.
        assertThat(page.locator("#nom")).hasValue(SANS_NUL);
        assertThat(page.locator("#email")).hasValue("saisies.reservation@exemple.fr");
        assertThat(page.locator("#alerte-reservation")).not().isEmpty();
        Pages.verifierSansDefilementHorizontal(page, "coordonnées refusées");
        Pages.verifierPage(page, "saisies/01-reservation-refusee-360");
        assertThat(comptesDe("saisies.reservation@exemple.fr")).isZero();
    }

    @Test
    void la_demande_de_rappel_refuse_un_nom_trop_long_et_un_nul_a_cote_des_champs() {
        var page = petitTelephone();
        versLesCreneaux(page);
        page.locator("#demander-rappel").click();
        page.waitForURL(Pattern.compile(".*/rendez-vous/rappel$"));
        Pages.attendreVaadin(page);

        forcer(page, "prenom", "Ca\u0000mille");
        forcer(page, "nom", "Durand-" + "x".repeat(200));
        page.locator("#email").fill("saisies.rappel@exemple.fr");
        page.locator("#telephone").fill("06 98 76 54 32");
        page.locator("#envoyer-rappel").click();
        Pages.attendreVaadin(page);

        assertThat(page.locator("#prenom")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#prenom-erreur")).containsText("caractère invisible ou de contrôle");
        assertThat(page.locator("#nom")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#nom-erreur")).containsText("100 caractères au plus (vous en avez saisi 207)");
        assertThat(page.locator("#nom")).hasValue("Durand-" + "x".repeat(200));
        assertThat(page.locator("#telephone")).hasValue("06 98 76 54 32");
        assertThat(page.locator("#rappel-enregistre")).hasCount(0);
        Pages.verifierSansDefilementHorizontal(page, "rappel refusé");
        Pages.verifierPage(page, "saisies/03-rappel-refuse-360");
        assertThat(comptesDe("saisies.rappel@exemple.fr")).isZero();
    }

    @Test
    void un_message_avec_nul_est_refuse_et_un_sujet_d_un_seul_mot_n_elargit_pas_la_page() throws Exception {
        personnes.nouveauBeneficiaire("saisies.messages", "Sacha", "Morel");
        var page = petitTelephone();
        connecterDemo(page, "saisies.messages");
        Pages.ouvrir(page, url("/messages"));

        page.locator("#sujet-message input").fill("Ma question");
        forcer(page, "texte-message", "Bonjour,\u0000 je voudrais savoir…");
        page.locator("#envoyer-message").click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#texte-message")).hasAttribute("invalid", "");
        assertThat(page.locator("#texte-message")).containsText("caractère invisible ou de contrôle");
        assertThat(page.locator("#texte-message textarea")).hasValue("Bonjour,\u0000 je voudrais savoir…");
        assertThat(page.locator("#sujet-message input")).hasValue("Ma question");
        Pages.verifierPage(page, "saisies/04-message-refuse-360");

        // A subject pasted longer than its limit: the browser keeps 200 characters, and the counter says so.
        var mot = "Anticonstitutionnellement".repeat(8);
        page.locator("#sujet-message input").fill(mot + "Fin");
        Pages.attendreVaadin(page);
        assertThat(page.locator("#sujet-message input")).hasValue(mot);
        assertThat(page.locator("#sujet-message")).containsText("200 / 200 caractères : c’est le maximum");
        Pages.verifierPage(page, "saisies/02-compteur-360");
        // A subject of 200 characters without a space does not widen the page.
        page.locator("#texte-message textarea").fill("Bonjour, " + "x".repeat(300));
        page.locator("#envoyer-message").click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#texte-message textarea")).hasValue("");
        Pages.ouvrir(page, url("/messages"));
        assertThat(page.locator("main")).containsText(mot.substring(0, 20));
        Pages.verifierSansDefilementHorizontal(page, "/messages avec un sujet d’un seul mot");
        Pages.verifierPage(page, "saisies/05-messages-mot-long-360");
        page.getByText(mot.substring(0, 20)).first().click();
        page.waitForURL(Pattern.compile(".*/messages/.+"));
        Pages.attendreVaadin(page);
        Pages.verifierSansDefilementHorizontal(page, "fil avec un sujet d’un seul mot");
        Pages.verifierPage(page, "saisies/06-fil-mot-long-360");
    }

    @Test
    void un_long_mot_dans_une_action_et_sa_raison_de_pause_n_elargit_pas_le_plan() throws Exception {
        var personne = personnes.nouveauBeneficiaire("saisies.plan", "Alix", "Fontaine");
        var intitule = "Renseignements".repeat(21);
        var raison = "Hésitations".repeat(81);
        var action = personnes.enTantQue("julien.weber", () -> {
            parcours.engager(personne, new Engagement(UniteOeuvre.UO1, LocalDate.now(horloge), true,
                    Eligibilite.CONFIRMEE, null, null, null, null));
            var objectif = plan.ajouterObjectif(personne, "Objectif" + "X".repeat(250));
            return plan.ajouterAction(objectif.id(), new NouvelleAction(NatureAction.DEMARCHE_PERSONNELLE, null, null,
                    intitule, null, null)).id();
        });
        personnes.faire("saisies.plan", () -> plan.mettreEnPause(action, fr.portailcep.parcours.RaisonPause.AUTRE, raison));

        var page = petitTelephone();
        connecterDemo(page, "saisies.plan");
        Pages.ouvrir(page, url("/parcours/plan"));
        assertThat(page.locator("main")).containsText(intitule.substring(0, 30));
        Pages.verifierSansDefilementHorizontal(page, "plan avec un long mot");
        Pages.verifierPage(page, "saisies/07-plan-mot-long-360");
        Pages.ouvrir(page, url("/parcours/actions/" + action));
        assertThat(page.locator("main")).containsText(raison.substring(0, 30));
        Pages.verifierSansDefilementHorizontal(page, "action avec une raison d’un seul mot");
        Pages.verifierPage(page, "saisies/08-action-mot-long-360");

        var conseiller = petitTelephone();
        connecterDemo(conseiller, "julien.weber");
        Pages.ouvrir(conseiller, url("/conseiller/dossiers/" + personne));
        conseiller.locator("#onglet-plan").click();
        Pages.attendreVaadin(conseiller);
        assertThat(conseiller.locator("body")).containsText(intitule.substring(0, 30));
        Pages.verifierSansDefilementHorizontal(conseiller, "dossier, plan avec un long mot");
        Pages.capturer(conseiller, "saisies/09-dossier-plan-mot-long-360");
    }

    @Test
    void un_texte_qui_ferme_une_balise_script_reste_du_texte_des_la_premiere_page() throws Exception {
        personnes.nouveauBeneficiaire("saisies.script", "Noé", "Garnier");
        var sujet = "Question</script><b id=\"injecte\">gras</b><!--<script>";
        personnes.faire("saisies.script", () -> messagerie.nouveauFil(sujet, "Bonjour", List.of()));

        // The first response of the page carries the view as JSON in a script: the subject must stay text.
        var page = petitTelephone();
        connecterDemo(page, "saisies.script");
        Pages.ouvrir(page, url("/messages"));
        assertThat(page.locator("main")).containsText(sujet);
        assertThat(page.locator("#injecte")).hasCount(0);
        Pages.verifierPage(page, "saisies/12-sujet-avec-balise-360");

        var bureau = bureau();
        connecterDemo(bureau, "julien.weber");
        Pages.ouvrir(bureau, url("/conseiller/messages"));
        assertThat(bureau.locator("body")).containsText(sujet);
        assertThat(bureau.locator("#injecte")).hasCount(0);
    }

    @Test
    void une_adresse_ou_un_identifiant_inconnus_repondent_404() throws Exception {
        var http = HttpClient.newHttpClient();
        for (var chemin : List.of("/page-qui-n-existe-pas", "/rendez-vous/gerer/pas-un-lien",
                "/rendez-vous/gerer/" + UUID.randomUUID() + ".secret")) {
            var reponse = http.send(HttpRequest.newBuilder(URI.create(url(chemin))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reponse.statusCode()).as(chemin).isEqualTo(404);
        }

        var page = petitTelephone();
        var inconnue = page.navigate(url("/page-qui-n-existe-pas"));
        assertThat(inconnue.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page introuvable");
        Pages.verifierPage(page, "saisies/10-page-introuvable-360");
        var lien = page.navigate(url("/rendez-vous/gerer/pas-un-lien"));
        assertThat(lien.status()).isEqualTo(404);
        assertThat(page.locator("#lien-invalide")).isVisible();
        Pages.verifierPage(page, "saisies/11-lien-invalide-360");

        connecterDemo(page, "thomas.petit");
        for (var chemin : List.of("/parcours/actions/" + UUID.randomUUID(), "/parcours/actions/pas-un-id",
                "/messages/" + UUID.randomUUID())) {
            var reponse = page.navigate(url(chemin));
            assertThat(reponse.status()).as(chemin).isEqualTo(404);
            assertThat(page.locator("h1")).hasText("Page introuvable");
            assertThat(page.request().get(url(chemin)).status()).as(chemin).isEqualTo(404);
        }

        var bureau = bureau();
        connecterDemo(bureau, "julien.weber");
        for (var chemin : List.of("/conseiller/dossiers/" + UUID.randomUUID(), "/conseiller/messages/" + UUID.randomUUID())) {
            var reponse = bureau.navigate(url(chemin));
            assertThat(reponse.status()).as(chemin).isEqualTo(404);
            assertThat(bureau.locator("h1")).hasText("Page introuvable");
        }
        // A page that exists still answers 200.
        assertThat(bureau.navigate(url("/conseiller/dossiers")).status()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ helpers

    /** The free slots, the request under way put in the session as the aiguillage would ({@link CreneauxDeTest}). */
    private void versLesCreneaux(Page page) {
        Pages.ouvrir(page, url(CreneauxDeTest.CHEMIN));
    }


    /**
     * Types a value the browser would not let through, as a script can: the field's {@code maxlength} removed, the
     * value set on the native input, then the events the component listens to.
     */
    private static void forcer(Page page, String id, String valeur) {
        page.evaluate("""
                ([id, valeur]) => {
                  const champ = document.getElementById(id);
                  champ.maxlength = null;
                  // A native field of an HTML-first page (DD020), or the input inside a Vaadin field.
                  const saisie = champ.matches('input, textarea') ? champ : champ.querySelector('input, textarea');
                  saisie.removeAttribute('maxlength');
                  saisie.value = valeur;
                  saisie.dispatchEvent(new Event('input', {bubbles: true}));
                  saisie.dispatchEvent(new Event('change', {bubbles: true}));
                }""", List.of(id, valeur));
        Pages.attendreVaadin(page);
    }

    private long comptesDe(String email) {
        return jdbc.sql("select count(*) from compte where email = :email").param("email", email)
                .query(Long.class).single();
    }
}
