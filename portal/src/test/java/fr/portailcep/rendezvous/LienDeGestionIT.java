package fr.portailcep.rendezvous;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * The personal link of a courriel (DD020, HTML-first): move and cancel with JavaScript off and on, at 360 px; moving
 * stays where the rendez-vous is unless another place is chosen, and then the change is said before it is made (the
 * defect of issue 12: a Strasbourg rendez-vous moved to Reims in one tap); a double post acts once; a forged,
 * expired or spent link answers 404 in French, never an error 500.
 */
class LienDeGestionIT extends PortailIT {

    @Autowired
    ApplicationContext contexte;
    @Autowired
    JdbcClient jdbc;

    private record Etat(Instant debut, UUID site, String modalite, String statut) {
    }

    @ParameterizedTest(name = "JavaScript actif : {0}")
    @ValueSource(booleans = { false, true })
    void deplacer_au_meme_endroit_puis_annuler_depuis_le_lien_du_courriel(boolean javascript) {
        var rdv = LiensDeGestion.nouveau(contexte, personnes, horloge.instant(), "gerer.lien", Modalite.SUR_SITE);
        var avant = etat(rdv.id());
        var page = javascript ? petitTelephone() : sansJavaScript();
        var nom = javascript ? "js" : "sans-js";

        var reponse = page.navigate(url(rdv.chemin()));
        assertThat(reponse.status()).isEqualTo(200);
        assertThat(Pages.estHtml(page)).isTrue();
        assertThat(page.locator("#statut-rendez-vous")).hasText("À venir");
        assertThat(page.locator("#recap")).containsText("Strasbourg – Centre");
        verifier(page, "liens/gerer-" + nom);

        // Moving starts where the rendez-vous is: every slot listed is at Strasbourg, on site.
        page.locator("#deplacer").click();
        page.waitForURL(Pattern.compile(".*/deplacer$"));
        assertThat(page.locator("#meme-endroit")).containsText("sur place, à Strasbourg – Centre");
        assertThat(page.locator("#autre-endroit")).hasCount(0);
        var details = page.locator("#creneaux .pc-creneau-detail").allTextContents();
        assertThat(details).isNotEmpty().allSatisfy(d -> assertThat(d).startsWith("Strasbourg"));
        verifier(page, "liens/gerer-deplacer-" + nom);

        page.locator("#creneaux .pc-creneau").first().click();
        page.waitForURL(Pattern.compile(".*/deplacer/confirmer\\?.*"));
        assertThat(page.locator("#changement-de-lieu")).hasCount(0);
        assertThat(page.locator("#recap-nouveau")).containsText("Strasbourg – Centre");
        verifier(page, "liens/gerer-confirmer-" + nom);
        page.locator("#confirmer-deplacement").click();
        assertThat(page.locator("#gestion-faite")).hasText("Votre rendez-vous est déplacé");
        verifier(page, "liens/gerer-deplace-" + nom);
        var apres = etat(rdv.id());
        assertThat(apres.debut()).isNotEqualTo(avant.debut());
        assertThat(apres.site()).isEqualTo(avant.site());
        assertThat(apres.modalite()).isEqualTo("SUR_SITE");
        // The courriel of the move carries the link again: cancel with it.
        var lienDuCourriel = Calendriers.lienGestion(SmtpDeTest.attendre(rdv.email(), 1));
        assertThat(lienDuCourriel).contains("/rendez-vous/gerer/");
        Pages.ouvrir(page, lienDuCourriel);
        page.locator("#annuler").click();
        page.waitForURL(Pattern.compile(".*/annuler$"));
        verifier(page, "liens/gerer-annuler-" + nom);
        page.locator("#confirmer-annulation").click();
        assertThat(page.locator("#gestion-faite")).hasText("Votre rendez-vous est annulé");
        assertThat(page.locator("#nouveau-rendez-vous")).hasAttribute("href", "/rendez-vous");
        verifier(page, "liens/gerer-annule-" + nom);
        assertThat(etat(rdv.id()).statut()).isEqualTo("ANNULE");

        // The link of a cancelled rendez-vous no longer works: 404, with what to do next.
        var apresAnnulation = page.navigate(lienDuCourriel);
        assertThat(apresAnnulation.status()).isEqualTo(404);
        assertThat(page.locator("#lien-invalide")).hasText("Ce lien n’est plus valable");
        assertThat(page.locator("#deplacer")).hasCount(0);
        verifier(page, "liens/gerer-invalide-" + nom);
    }

    /** The table of the move: the same site chosen again is no change; another site is said, then confirmed. */
    @ParameterizedTest(name = "site choisi : {0}")
    @CsvSource({ "Strasbourg – Centre, false, Strasbourg", "Reims – Gare, true, Reims" })
    void changer_de_lieu_est_un_choix_a_part_annonce_et_confirme(String site, boolean ailleurs, String commune) {
        var rdv = LiensDeGestion.nouveau(contexte, personnes, horloge.instant(), "gerer.lieu", Modalite.SUR_SITE);
        var avant = etat(rdv.id());
        var page = sansJavaScript();
        Pages.ouvrir(page, url(rdv.chemin() + "/deplacer"));
        // The change of place is a choice of its own, folded away under its title (a native <details>).
        page.locator("#changer-de-lieu summary").click();
        page.locator("#site").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(site));
        page.locator("#voir-autre-lieu").click();
        page.waitForURL(Pattern.compile(".*/deplacer\\?.*"));
        assertThat(page.locator("#autre-endroit")).hasCount(ailleurs ? 1 : 0);
        assertThat(page.locator("#meme-endroit")).hasCount(ailleurs ? 0 : 1);
        if (ailleurs) {
            assertThat(page.locator("#autre-endroit")).containsText("sur place, à Reims – Gare");
            assertThat(page.locator("#autre-endroit")).containsText("Votre rendez-vous actuel est sur place, à Strasbourg – Centre");
            verifier(page, "liens/gerer-autre-lieu-sans-js");
        }
        var details = page.locator("#creneaux .pc-creneau-detail").allTextContents();
        assertThat(details).isNotEmpty().allSatisfy(d -> assertThat(d).startsWith(commune));

        page.locator("#creneaux .pc-creneau").first().click();
        page.waitForURL(Pattern.compile(".*/deplacer/confirmer\\?.*"));
        assertThat(page.locator("#changement-de-lieu")).hasCount(ailleurs ? 1 : 0);
        if (ailleurs) {
            assertThat(page.locator("#changement-de-lieu")).containsText(
                    "Votre rendez-vous aura lieu sur place, à Reims – Gare, et non plus sur place, à Strasbourg – Centre.");
            verifier(page, "liens/gerer-confirmer-autre-lieu-sans-js");
        }
        assertThat(etat(rdv.id()).site()).as("rien ne change avant la confirmation").isEqualTo(avant.site());
        page.locator("#confirmer-deplacement").click();
        assertThat(page.locator("#gestion-faite")).isVisible();
        assertThat(page.locator("#recap")).containsText(site);
        var apres = etat(rdv.id());
        assertThat(apres.site()).isEqualTo(personnes.site(commune));
        assertThat(apres.site().equals(avant.site())).isEqualTo(!ailleurs);
    }

    @Test
    void un_rendez_vous_par_telephone_reste_par_telephone() {
        var rdv = LiensDeGestion.nouveau(contexte, personnes, horloge.instant(), "gerer.tel", Modalite.TELEPHONE);
        var page = sansJavaScript();
        Pages.ouvrir(page, url(rdv.chemin() + "/deplacer"));
        assertThat(page.locator("#meme-endroit")).containsText("par téléphone");
        page.locator("#creneaux .pc-creneau").first().click();
        assertThat(page.locator("#changement-de-lieu")).hasCount(0);
        page.locator("#confirmer-deplacement").click();
        assertThat(page.locator("#gestion-faite")).isVisible();
        assertThat(etat(rdv.id()).modalite()).isEqualTo("TELEPHONE");
    }

    @Test
    void un_double_envoi_n_agit_qu_une_fois_et_les_envois_forges_sont_refuses_proprement() {
        var rdv = LiensDeGestion.nouveau(contexte, personnes, horloge.instant(), "gerer.rejeu", Modalite.SUR_SITE);
        var page = sansJavaScript();
        Pages.ouvrir(page, url(rdv.chemin() + "/annuler"));
        var csrf = page.locator("input[name=_csrf]").inputValue();
        var jeton = page.locator("input[name=jeton]").inputValue();
        var action = url(rdv.chemin() + "/annuler");

        // No CSRF token, or a false one: refused (403, the French error page), nothing done.
        var sans = page.request().post(action, RequestOptions.create().setForm(FormData.create().set("jeton", jeton))
                .setHeader("Accept", "text/html").setMaxRedirects(0));
        assertThat(sans.status()).isEqualTo(403);
        assertThat(sans.text()).contains("Action refusée");
        var faux = page.request().post(action, RequestOptions.create()
                .setForm(FormData.create().set("jeton", jeton).set("_csrf", "faux")).setMaxRedirects(0));
        assertThat(faux.status()).isEqualTo(403);
        assertThat(etat(rdv.id()).statut()).isEqualTo("RESERVE");

        // An unknown form token (a page left open, a forged form): the form again, with a clear message.
        var inconnu = page.request().post(action, RequestOptions.create()
                .setForm(FormData.create().set("jeton", "x".repeat(100_000)).set("_csrf", csrf)).setMaxRedirects(0));
        assertThat(inconnu.status()).isEqualTo(200);
        assertThat(inconnu.text()).contains("Ce formulaire n’est plus valable");
        assertThat(etat(rdv.id()).statut()).isEqualTo("RESERVE");

        // The same form posted twice (a double tap without JavaScript): cancelled once, both sent to the result.
        var premier = page.request().post(action, RequestOptions.create()
                .setForm(FormData.create().set("jeton", jeton).set("_csrf", csrf)).setMaxRedirects(0));
        var second = page.request().post(action, RequestOptions.create()
                .setForm(FormData.create().set("jeton", jeton).set("_csrf", csrf)).setMaxRedirects(0));
        assertThat(premier.status()).isEqualTo(302);
        assertThat(second.status()).isEqualTo(302);
        assertThat(second.headers().get("location")).isEqualTo(premier.headers().get("location")).endsWith("/fait");
        assertThat(etat(rdv.id()).statut()).isEqualTo("ANNULE");
        Pages.ouvrir(page, url(rdv.chemin() + "/fait"));
        assertThat(page.locator("#gestion-faite")).hasText("Votre rendez-vous est annulé");
        SmtpDeTest.attendre(rdv.email(), 1);
        fr.portailcep.test.BoiteDEnvoi.attendreQueToutSoitParti(jdbc, rdv.email());
        assertThat(SmtpDeTest.pour(rdv.email())).as("un seul courriel d’annulation").hasSize(1);
    }

    @Test
    void un_lien_forge_expire_ou_un_choix_trafique_ne_donne_jamais_d_erreur() {
        var rdv = LiensDeGestion.nouveau(contexte, personnes, horloge.instant(), "gerer.forge", Modalite.SUR_SITE);
        var maintenant = horloge.instant();
        var expire = LiensDeGestion.lien(contexte, rdv.id(), maintenant.minus(Duration.ofDays(40)),
                maintenant.minus(Duration.ofDays(10)));
        var page = sansJavaScript();
        for (var chemin : java.util.List.of("/rendez-vous/gerer/pas-un-lien", "/rendez-vous/gerer/" + UUID.randomUUID()
                + ".secret", expire, expire + "/deplacer", expire + "/annuler", rdv.chemin() + "x")) {
            var reponse = page.navigate(url(chemin));
            assertThat(reponse.status()).as(chemin).isEqualTo(404);
            assertThat(page.locator("#lien-invalide")).hasText("Ce lien n’est plus valable");
        }
        // A slot made up by hand, or garbage in the choice: back to the list, never a 500.
        for (var requete : java.util.List.of("?debut=1&modalite=SUR_SITE&site=" + UUID.randomUUID(),
                "?debut=abc&modalite=RIEN&site=x", "?debut=" + "9".repeat(5000), "")) {
            var reponse = page.navigate(url(rdv.chemin() + "/deplacer/confirmer" + requete));
            assertThat(reponse.status()).as(requete).isEqualTo(200);
            assertThat(page).hasURL(Pattern.compile(".*/deplacer(\\?pris)?$"));
        }
        // A move posted with a slot that is not free: the list again, the slot said taken.
        Pages.ouvrir(page, url(rdv.chemin() + "/annuler"));
        var csrf = page.locator("input[name=_csrf]").inputValue();
        Pages.ouvrir(page, url(LiensDeGestion.confirmation(contexte, rdv, personnes)));
        var jeton = page.locator("input[name=jeton]").inputValue();
        var pris = page.request().post(url(rdv.chemin() + "/deplacer"), RequestOptions.create()
                .setForm(FormData.create().set("jeton", jeton).set("_csrf", csrf).set("debut", "1")
                        .set("modalite", "SUR_SITE").set("site", personnes.site("Strasbourg").toString())));
        assertThat(pris.status()).isEqualTo(200);
        assertThat(pris.url()).endsWith("/deplacer?pris");
        assertThat(pris.text()).contains("Ce créneau vient d’être pris");
        assertThat(etat(rdv.id()).statut()).isEqualTo("RESERVE");
    }

    /**
     * The footer with the médiateur, no horizontal scroll at 360 px, a picture; axe when JavaScript is on. With
     * JavaScript off, axe stayed stuck on the list of slots (its promise never settled in a page whose scripts are
     * disabled, minutes long, with no timeout): the same pages are checked by axe in the run with JavaScript on.
     */
    private void verifier(Page page, String capture) {
        assertThat(page.locator("footer.pc-pied a[href='/mediateur']")).isVisible();
        Pages.verifierSansDefilementHorizontal(page, capture);
        if (!capture.endsWith("sans-js")) {
            Pages.verifierPage(page, capture);
        } else {
            Pages.capturer(page, capture);
        }
    }

    private Etat etat(UUID id) {
        return jdbc.sql("select debut, site_id, modalite, statut from rendez_vous where id = :id").param("id", id)
                .query((rs, i) -> new Etat(rs.getTimestamp(1).toInstant(), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4)))
                .single();
    }
}
