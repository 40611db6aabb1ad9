package fr.portailcep.satisfaction;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;

import fr.portailcep.parcours.ClotureDesUnitesEchues;
import fr.portailcep.parcours.Eligibilite;
import fr.portailcep.parcours.Engagement;
import fr.portailcep.parcours.ParcoursService;
import fr.portailcep.parcours.Personnes;
import fr.portailcep.parcours.UniteOeuvre;
import fr.portailcep.test.ConnexionParCode;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * Proof 4 of issue 11: a closing (here an abandon, by the real job and a controlled clock) makes exactly one survey
 * and one courriel; a one-tap link of that courriel records its answer once; a changed or reused link is refused in
 * plain French; the one reminder leaves once, after 7 days; the person's survey on a phone; the manager's charts.
 */
class SatisfactionIT extends PortailIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String SUJET = "Votre avis sur votre accompagnement";
    private static final String SUJET_RAPPEL = "Rappel : votre avis sur votre accompagnement";
    private static final Pattern LIEN = Pattern.compile("(https?://[^\\s\"<>]+/avis/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");

    @Autowired
    ClotureDesUnitesEchues cloture;
    @Autowired
    ParcoursService parcours;
    @Autowired
    RappelsSatisfaction rappels;
    @Autowired
    JdbcClient jdbc;

    /** A new person with a UO1 engaged 100 days ago, closed as abandon by the job the day after its period. */
    private record Cloture(String email, UUID personne, LocalDate lendemain) {
    }

    private Cloture uneUo1Abandonnee(String prefixe) {
        var identifiant = prefixe + "." + UUID.randomUUID().toString().substring(0, 8);
        var debut = LocalDate.now(PARIS).minusDays(100);
        le(debut, LocalTime.of(9, 0));
        var personne = personnes.nouveauBeneficiaire(identifiant, "Inès", "Avis");
        var unite = personnes.enTantQue("julien.weber", () -> parcours.engager(personne, new Engagement(UniteOeuvre.UO1,
                debut, true, Eligibilite.CONFIRMEE, "INDIVIDUELLE", null, null, null)));
        var lendemain = unite.finDeDelai().orElseThrow().plusDays(1);
        le(lendemain, LocalTime.of(0, 30));
        cloture.cloreUnitesEchues();
        return new Cloture(identifiant + Personnes.DOMAINE, personne, lendemain);
    }

    @Test
    void une_cloture_cree_une_enquete_et_un_courriel_dont_le_lien_en_un_geste_repond_une_seule_fois() {
        var c = uneUo1Abandonnee("avis.lien");
        // The job again (a second instance, a restart): still one survey, one courriel.
        cloture.cloreUnitesEchues();
        assertThat(enquetes(c.personne())).as("une enquête par clôture").isEqualTo(1);
        var courriel = SmtpDeTest.attendreSujet(c.email(), 0, SUJET);
        var liens = liens(SmtpDeTest.corps(courriel));
        assertThat(liens).as("un lien par réponse possible de chaque question").hasSize(8);
        assertThat(SmtpDeTest.corps(courriel)).contains("Le service rendu a-t-il été de qualité ?")
                .contains("Ce service a-t-il été utile pour votre situation ?").contains("Plutôt oui");

        // "Plutôt oui" to the quality question. Opening the link (what a mail scanner does) records nothing: the
        // page shows the answer and one button sends it.
        var page = telephone();
        Pages.ouvrir(page, liens.get(1));
        assertThat(page.locator("#avis-reponse")).hasText("Plutôt oui");
        Pages.ouvrir(page, liens.get(1));
        assertThat(valeur(c.personne(), "qualite")).as("ouvrir le lien n’enregistre rien").isZero();
        Pages.verifierPage(page, "satisfaction/avis-a-confirmer");
        page.locator("#avis-confirmer").click();
        assertThat(page.locator("#avis-enregistre")).containsText("Plutôt oui");
        assertThat(valeur(c.personne(), "qualite")).isEqualTo(3);
        Pages.verifierPage(page, "satisfaction/avis-enregistre");
        Pages.verifierSansDefilementHorizontal(page, "satisfaction/avis-enregistre");

        // The same link again, or another answer of the same question: refused, nothing changed.
        Pages.ouvrir(page, liens.get(1));
        assertThat(page.locator("#avis-deja-utilise")).containsText("déjà enregistrée");
        Pages.ouvrir(page, liens.get(3));
        assertThat(page.locator("#avis-deja-utilise")).isVisible();
        assertThat(valeur(c.personne(), "qualite")).isEqualTo(3);
        Pages.verifierPage(page, "satisfaction/avis-deja-utilise");

        // A changed link: "Pas du tout" made into "Tout à fait" by hand, or a cut signature.
        var usefulness = liens.get(7);
        var point = usefulness.indexOf('.', usefulness.indexOf("/avis/"));
        var remplacement = usefulness.substring(point - 2, point).equals("AA") ? "BB" : "AA";
        var change = usefulness.substring(0, point - 2) + remplacement + usefulness.substring(point);
        Pages.ouvrir(page, change);
        assertThat(page.locator("#avis-falsifie")).containsText("aucune réponse n’a été enregistrée");
        Pages.ouvrir(page, usefulness.substring(0, usefulness.length() - 3));
        assertThat(page.locator("#avis-falsifie")).isVisible();
        assertThat(valeur(c.personne(), "utilite")).isZero();
        Pages.verifierPage(page, "satisfaction/avis-falsifie");

        // The other question, from the courriel: recorded once too.
        Pages.ouvrir(page, liens.get(4));
        page.locator("#avis-confirmer").click();
        assertThat(page.locator("#avis-enregistre")).containsText("Oui, tout à fait");
        assertThat(valeur(c.personne(), "utilite")).isEqualTo(4);
        assertThat(page.locator("#avis-autre-question")).hasCount(0);
        assertThat(enquetes(c.personne())).isEqualTo(1);
        assertThat(SmtpDeTest.pour(c.email()).stream().filter(m -> SmtpDeTest.sujet(m).equals(SUJET)).count())
                .as("un seul courriel d’enquête").isEqualTo(1);
    }

    /**
     * The same answer with JavaScript off, at 360 px: the link, one button, then the other question answered by one
     * button each (the person is on the page). An expired link and a form without its CSRF token record nothing.
     */
    @Test
    void l_avis_se_donne_sans_javascript_et_les_envois_forges_n_enregistrent_rien() {
        var c = uneUo1Abandonnee("avis.sansjs");
        var liens = liens(SmtpDeTest.corps(SmtpDeTest.attendreSujet(c.email(), 0, SUJET)));
        var page = sansJavaScript();
        Pages.ouvrir(page, liens.get(0));
        assertThat(Pages.estHtml(page)).isTrue();
        assertThat(page.locator("#avis-reponse")).hasText("Oui, tout à fait");
        assertThat(page.locator("h1")).hasText("Votre réponse");
        assertThat(page).hasTitle("Votre réponse – Portail CEP");
        // axe runs on these pages in the test above (JavaScript on); with it off it can stay stuck.
        Pages.verifierSansDefilementHorizontal(page, "liens/avis-a-confirmer-sans-js");
        Pages.capturer(page, "liens/avis-a-confirmer-sans-js");

        // Without the CSRF token, or with a false one: refused, nothing recorded.
        var action = page.locator("form[method=post]").getAttribute("action");
        var jeton = page.locator("input[name=jeton]").inputValue();
        var sans = page.request().post(url(action), com.microsoft.playwright.options.RequestOptions.create()
                .setForm(com.microsoft.playwright.options.FormData.create().set("jeton", jeton)).setMaxRedirects(0));
        assertThat(sans.status()).isEqualTo(403);
        var faux = page.request().post(url(action), com.microsoft.playwright.options.RequestOptions.create()
                .setForm(com.microsoft.playwright.options.FormData.create().set("jeton", jeton).set("_csrf", "x"))
                .setMaxRedirects(0));
        assertThat(faux.status()).isEqualTo(403);
        assertThat(valeur(c.personne(), "qualite")).isZero();

        page.locator("#avis-confirmer").click();
        assertThat(page.locator("#avis-enregistre")).containsText("Oui, tout à fait");
        assertThat(page.locator("h1")).hasText("Merci, votre réponse est enregistrée");
        assertThat(valeur(c.personne(), "qualite")).isEqualTo(4);
        Pages.verifierSansDefilementHorizontal(page, "liens/avis-enregistre-sans-js");
        Pages.capturer(page, "liens/avis-enregistre-sans-js");
        // Reloading the thanks page records nothing more and still thanks.
        page.reload();
        assertThat(page.locator("#avis-enregistre")).isVisible();

        // The other question: one button per answer, recorded at once.
        assertThat(page.locator("#avis-autre-question")).hasText("Ce service a-t-il été utile pour votre situation ?");
        page.locator("#avis-choix-plutot_non").click();
        assertThat(page.locator("#avis-enregistre")).containsText("Plutôt non");
        assertThat(page.locator("#avis-autre-question")).hasCount(0);
        assertThat(valeur(c.personne(), "utilite")).isEqualTo(2);

        // Too late: the link says so at once, before any touch.
        var autre = uneUo1Abandonnee("avis.expire");
        var tard = liens(SmtpDeTest.corps(SmtpDeTest.attendreSujet(autre.email(), 0, SUJET)));
        le(autre.lendemain().plusDays(31), LocalTime.of(10, 0));
        Pages.ouvrir(page, tard.get(0));
        assertThat(page.locator("#avis-expire")).containsText("Aucune réponse n’a été enregistrée");
        assertThat(page.locator("#avis-confirmer")).hasCount(0);
        Pages.capturer(page, "liens/avis-expire-sans-js");
        assertThat(valeur(autre.personne(), "qualite")).isZero();
    }

    @Test
    void le_rappel_part_une_seule_fois_sept_jours_apres_sans_reponse() {
        var c = uneUo1Abandonnee("avis.rappel");
        SmtpDeTest.attendreSujet(c.email(), 0, SUJET);
        le(c.lendemain().plusDays(6), LocalTime.of(10, 0));
        rappels.envoyer();
        le(c.lendemain().plusDays(7), LocalTime.of(10, 0));
        rappels.envoyer();
        rappels.envoyer();
        SmtpDeTest.attendreSujet(c.email(), 0, SUJET_RAPPEL);
        le(c.lendemain().plusDays(14), LocalTime.of(10, 0));
        rappels.envoyer();
        assertThat(jdbc.sql("""
                select count(*) from rappel_satisfaction r join enquete_satisfaction e on e.id = r.enquete_id
                where e.beneficiaire_id = :p""").param("p", c.personne()).query(Long.class).single()).isEqualTo(1);
        // Everything deposited has gone (the outbox empties at once): one reminder, never two.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from courriel_sortant where destinataire = :d and statut = 'EN_ATTENTE'")
                .param("d", c.email()).query(Long.class).single() == 0);
        assertThat(SmtpDeTest.pour(c.email()).stream().filter(m -> SmtpDeTest.sujet(m).equals(SUJET_RAPPEL)).count())
                .as("un seul rappel").isEqualTo(1);
    }

    @Test
    void la_personne_repond_et_commente_dans_son_espace_sur_un_telephone() {
        var c = uneUo1Abandonnee("avis.espace");
        SmtpDeTest.attendreSujet(c.email(), 0, SUJET);
        var id = jdbc.sql("select id from enquete_satisfaction where beneficiaire_id = :p").param("p", c.personne())
                .query(UUID.class).single();
        var page = petitTelephone();
        var deja = SmtpDeTest.pour(c.email()).size();
        Pages.ouvrir(page, url("/connexion"));
        ConnexionParCode.demander(page, c.email());
        ConnexionParCode.taper(page, SmtpDeTest.code(SmtpDeTest.attendreSujet(c.email(), deja,
                "Votre code de connexion au Portail CEP")));
        page.waitForURL(u -> !u.contains("/connexion"));
        Pages.ouvrir(page, url("/mon-avis/" + id));
        assertThat(page.locator("h1")).hasText("Votre avis");
        assertThat(page.locator(".pc-mon-avis")).containsText("« Oui, tout à fait » ou « Plutôt oui » aux deux questions");
        Pages.verifierPage(page, "satisfaction/mon-avis");
        Pages.verifierSansDefilementHorizontal(page, "satisfaction/mon-avis");

        page.locator("#qualite vaadin-radio-button").nth(0).click();
        page.locator("#utilite vaadin-radio-button").nth(2).click();
        page.locator("#commentaire textarea").fill("Très bon accueil, mais j’aurais aimé plus de rendez-vous 🙂");
        page.locator("#envoyer-avis").click();
        assertThat(page.locator("#monavis-merci")).isVisible();
        assertThat(valeur(c.personne(), "qualite")).isEqualTo(4);
        assertThat(valeur(c.personne(), "utilite")).isEqualTo(2);
        assertThat(jdbc.sql("select commentaire from enquete_satisfaction where id = :id").param("id", id)
                .query(String.class).single()).contains("plus de rendez-vous");
        Pages.verifierPage(page, "satisfaction/mon-avis-merci");

        // Someone else's survey is not found.
        Pages.ouvrir(page, url("/mon-avis/" + UUID.randomUUID()));
        assertThat(page.locator("#formulaire-avis")).hasCount(0);
    }

    @Test
    void le_manager_voit_les_graphiques_de_qualite_avec_leurs_tableaux() {
        var page = bureau();
        connecterDemo(page, "nadia.benali");
        Pages.ouvrir(page, url("/espace-pro/qualite"));
        assertThat(page.locator("h1")).hasText("Qualité du service");
        for (var id : List.of("graphique-81-mois", "graphique-81-uo", "graphique-81-site")) {
            assertThat(page.locator("#" + id + " svg[role=img]")).hasCount(1);
            assertThat(page.locator("#" + id + "-donnees")).isVisible();
        }
        assertThat(page.locator("#graphique-81-mois-donnees tbody tr")).hasCount(12);
        assertThat(page.locator("#graphique-81-uo-donnees tbody tr")).hasCount(3);
        // From the réclamations: 8.7, the motives, the share answered within 45 days, each with its table.
        for (var id : List.of("graphique-87", "graphique-motifs", "graphique-45-jours")) {
            assertThat(page.locator("#" + id + " svg[role=img]")).hasCount(1);
            assertThat(page.locator("#" + id + "-donnees")).isVisible();
        }
        Pages.verifierPage(page, "satisfaction/qualite");
        // Each chart with its table, as a picture of its own (the page scrolls inside the layout).
        for (var id : List.of("graphique-81-mois", "graphique-81-uo", "graphique-81-site", "qualite-commentaires",
                "graphique-87", "graphique-motifs", "graphique-45-jours")) {
            page.locator("#" + id).first().screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(java.nio.file.Path.of("target", "captures", "satisfaction", id + ".png")));
        }
    }

    private List<String> liens(String corps) {
        var m = LIEN.matcher(corps);
        var trouves = new LinkedHashSet<String>();
        while (m.find()) {
            trouves.add(m.group(1).replace("&amp;", "&"));
        }
        return new ArrayList<>(trouves);
    }

    private long enquetes(UUID personne) {
        return jdbc.sql("select count(*) from enquete_satisfaction where beneficiaire_id = :p").param("p", personne)
                .query(Long.class).single();
    }

    /** The answer kept for this question, 0 when none. */
    private int valeur(UUID personne, String colonne) {
        return jdbc.sql("select coalesce(" + colonne + ", 0) from enquete_satisfaction where beneficiaire_id = :p")
                .param("p", personne).query(Integer.class).single();
    }

    private void le(LocalDate jour, LocalTime heure) {
        horloge.regler(jour.atTime(heure).atZone(PARIS).toInstant());
    }
}
