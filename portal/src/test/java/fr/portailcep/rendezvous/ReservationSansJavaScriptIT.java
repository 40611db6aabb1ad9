package fr.portailcep.rendezvous;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import fr.portailcep.rendezvous.web.CreneauxDeTest;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * The booking as HTML-first pages (DD020), JavaScript OFF on a 360 px phone: the free slots (filters by an ordinary
 * form, more days by a link), the contact form, the confirmation (post/redirect/get, nothing personal in the
 * address), the courriel received; the call-back. Bad input on each form (empty, 100 KB, HTML, emoji, a missing or
 * forged CSRF token, a replayed or unknown form) gets a French message beside the field or a clean refusal, never
 * a server error, and nothing typed is lost. Moving by keyboard never leaves the phone field under the bottom bar.
 * The request under way is put in the session by a test address ({@link CreneauxDeTest}), not by the aiguillage's
 * questions (tested on their own). Screenshots under target/captures/reservation-html/.
 */
class ReservationSansJavaScriptIT extends PortailIT {

    private static final String CENT_KO = "a".repeat(100 * 1024);

    @Autowired
    JdbcClient jdbc;

    @Test
    void une_reservation_complete_sans_javascript_jusqu_au_courriel() {
        horloge.regler(Instant.now());
        var email = "reservation.sans.javascript@exemple.fr";
        var page = sansJavaScript();

        // The free slots, by day, each a link.
        ouvrir(page, CreneauxDeTest.CHEMIN);
        assertThat(page).hasURL(Pattern.compile(".*/rendez-vous/creneaux$"));
        assertThat(page.locator("#echeance")).containsText("au plus tard le");
        assertThat(page.locator(".pc-jour")).hasCount(5);
        verifier(page, "reservation-html/01-creneaux-sans-js");

        // The filters: an ordinary form sent by GET.
        page.locator("label[for='modalite-1']").click();
        page.locator("#filtrer").click();
        assertThat(page).hasURL(Pattern.compile(".*/rendez-vous/creneaux\\?modalite=SUR_SITE.*"));
        assertThat(page.locator("#modalite-1")).isChecked();
        assertThat(page.locator(".pc-creneau-detail").first()).containsText("Sur place");
        // More days by a link, the filter kept.
        page.locator("#plus-de-jours").click();
        assertThat(page).hasURL(Pattern.compile(".*jours=10.*modalite=SUR_SITE.*"));
        assertThat(page.locator(".pc-jour")).hasCount(10);
        verifier(page, "reservation-html/02-creneaux-plus-de-jours-sans-js");

        // The first slot: its contact form, the slot summed up.
        var premier = page.locator(".pc-creneau").first();
        var debut = premier.getAttribute("data-debut");
        premier.click();
        assertThat(page).hasURL(Pattern.compile(".*/rendez-vous/coordonnees\\?debut=" + debut + ".*"));
        assertThat(page.locator("#recap")).containsText("Sur place");
        verifier(page, "reservation-html/03-coordonnees-sans-js");

        // Empty: a message beside each required field, the title says there is an error.
        page.locator("#confirmer").click();
        assertThat(page).hasTitle(Pattern.compile("^Erreur : Vos coordonnées.*"));
        assertThat(page.locator("#erreurs")).containsText("Il y a un problème");
        assertThat(page.locator("#prenom-erreur")).containsText("Indiquez votre prénom.");
        assertThat(page.locator("#nom-erreur")).containsText("Indiquez votre nom.");
        assertThat(page.locator("#email-erreur")).containsText("Indiquez votre adresse électronique.");
        assertThat(page.locator("#prenom")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#erreurs a[href='#prenom']")).isVisible();

        // Bad address and number: said beside them, what was typed kept.
        page.locator("#prenom").fill("Margaux");
        page.locator("#nom").fill("Leroy");
        page.locator("#email").fill("margaux.leroy@");
        page.locator("#telephone").fill("06 12");
        page.locator("#besoin").fill("Quitter la restauration.");
        page.locator("#confirmer").click();
        assertThat(page.locator("#email-erreur")).containsText("Cette adresse n’est pas valide");
        assertThat(page.locator("#telephone-erreur")).containsText("Ce numéro n’est pas valide");
        assertThat(page.locator("#prenom")).hasValue("Margaux");
        assertThat(page.locator("#email")).hasValue("margaux.leroy@");
        assertThat(page.locator("#besoin")).hasValue("Quitter la restauration.");
        verifier(page, "reservation-html/04-coordonnees-refusees-sans-js");

        page.locator("#email").fill(email);
        page.locator("#telephone").fill("06 12 34 56 78");
        page.locator("#confirmer").click();

        // Post, redirect, get: the confirmation, nothing personal in its address.
        assertThat(page).hasURL(Pattern.compile(".*/rendez-vous/confirmation$"));
        assertThat(page.locator("#confirmation")).containsText("Regardez vos courriels");
        assertThat(page.locator("#confirmation-courriel")).containsText(email);
        assertThat(page.locator("#recap-demande")).containsText("Sur place");
        assertThat(page.url()).doesNotContain("leroy").doesNotContain("%40");
        verifier(page, "reservation-html/05-confirmation-sans-js");

        var courriel = SmtpDeTest.attendre(email, 1);
        assertThat(SmtpDeTest.sujet(courriel)).startsWith("Rendez-vous confirmé");
        assertThat(Calendriers.champ(Calendriers.ics(courriel), "DTSTART"))
                .contains(debutIcs(Instant.ofEpochSecond(Long.parseLong(debut))));
        assertThat(rendezVous(email)).isEqualTo(1);

        // Reloading the confirmation books nothing more.
        page.reload();
        assertThat(page.locator("#confirmation")).isVisible();
        assertThat(rendezVous(email)).isEqualTo(1);
    }

    @Test
    void le_formulaire_de_coordonnees_refuse_proprement_et_ne_perd_rien() {
        horloge.regler(Instant.now());
        var page = sansJavaScript();
        ouvrir(page, CreneauxDeTest.CHEMIN + "?vers=coordonnees");
        var adresse = page.url();

        // 100 KB in a name and in the need: refused beside each, everything kept.
        forcer(page, "prenom", CENT_KO);
        page.locator("#nom").fill("Moreau");
        page.locator("#email").fill("cent.ko@exemple.fr");
        forcer(page, "besoin", CENT_KO);
        page.locator("#confirmer").click();
        assertThat(page.locator("#prenom-erreur")).containsText(Pattern.compile("100 caractères au plus \\(vous en avez saisi 102\\s?400\\)"));
        assertThat(page.locator("#besoin-erreur")).containsText(Pattern.compile("1\\s?000 caractères au plus"));
        assertThat(page.locator("#prenom")).hasValue(CENT_KO);
        assertThat(page.locator("#besoin")).hasValue(CENT_KO);
        assertThat(page.locator("#nom")).hasValue("Moreau");
        Pages.verifierSansDefilementHorizontal(page, "coordonnées de 100 Ko");
        Pages.verifierPage(page, "reservation-html/10-coordonnees-100-ko");

        // HTML and emoji: text, never markup; what was typed comes back as typed.
        var html = "<b id=\"injecte\">Inès</b>";
        page.locator("#prenom").fill(html);
        page.locator("#nom").fill("Moreau 🌱");
        page.locator("#besoin").fill("<script>alert(1)</script> 😀");
        page.locator("#email").fill("pas une adresse");
        page.locator("#confirmer").click();
        assertThat(page.locator("#injecte")).hasCount(0);
        assertThat(page.locator("#prenom")).hasValue(html);
        assertThat(page.locator("#nom")).hasValue("Moreau 🌱");
        assertThat(page.locator("#besoin")).hasValue("<script>alert(1)</script> 😀");
        assertThat(page.locator("#email-erreur")).isVisible();
        Pages.verifierPage(page, "reservation-html/11-coordonnees-html-emoji");

        // A missing or forged CSRF token: refused cleanly, in French, nothing booked.
        var champs = champs(page);
        for (var csrf : new String[] { null, "faux" }) {
            var valeurs = new java.util.HashMap<>(champs);
            valeurs.remove("_csrf");
            if (csrf != null) {
                valeurs.put("_csrf", csrf);
            }
            var formulaire = formulaire(valeurs);
            formulaire.set("email", "reservation.csrf@exemple.fr").set("prenom", "Inès").set("nom", "Moreau")
                    .set("besoin", "");
            var reponse = page.request().post(url("/rendez-vous/coordonnees"),
                    RequestOptions.create().setForm(formulaire).setMaxRedirects(0).setHeader("Accept", "text/html"));
            assertThat(reponse.status()).as("CSRF %s", csrf).isEqualTo(403);
            assertThat(reponse.text()).contains("Action refusée").contains("ce que vous avez écrit est encore là");
        }
        assertThat(rendezVous("reservation.csrf@exemple.fr")).isZero();

        // An unknown form token (a form kept open too long): shown again with what was typed, and why.
        page.navigate(adresse);
        page.locator("#prenom").fill("Inès");
        page.locator("#nom").fill("Moreau");
        page.locator("#email").fill("jeton.inconnu@exemple.fr");
        // The first free slot may be by phone only (it depends on the hour the suite runs): a number then is needed.
        page.locator("#telephone").fill("06 12 34 56 78");
        page.evaluate("() => document.querySelector('input[name=jeton]').value = 'inconnu'");
        page.locator("#confirmer").click();
        assertThat(page.locator("#alerte-reservation")).containsText("Ce formulaire n’est plus valable");
        assertThat(page.locator("#email")).hasValue("jeton.inconnu@exemple.fr");
        assertThat(rendezVous("jeton.inconnu@exemple.fr")).isZero();
        Pages.verifierPage(page, "reservation-html/12-coordonnees-jeton-inconnu");

        // Sent again now, it books; the same form replayed (Back, or a double tap) books nothing more and goes
        // where the first went.
        var rejoue = formulaire(champs(page));
        page.locator("#confirmer").click();
        assertThat(page).hasURL(Pattern.compile(".*/rendez-vous/confirmation$"));
        var reponse = page.request().post(url("/rendez-vous/coordonnees"),
                RequestOptions.create().setForm(rejoue).setMaxRedirects(0));
        assertThat(reponse.status()).isEqualTo(302);
        assertThat(reponse.headers().get("location")).endsWith("/rendez-vous/confirmation");
        SmtpDeTest.attendre("jeton.inconnu@exemple.fr", 1);
        assertThat(rendezVous("jeton.inconnu@exemple.fr")).isEqualTo(1);
        assertThat(SmtpDeTest.pour("jeton.inconnu@exemple.fr")).hasSize(1);
    }

    @Test
    void le_formulaire_de_rappel_refuse_proprement_puis_enregistre_sans_javascript() {
        horloge.regler(Instant.now());
        var page = sansJavaScript();
        ouvrir(page, CreneauxDeTest.CHEMIN);
        page.locator("#demander-rappel").click();
        assertThat(page).hasURL(Pattern.compile(".*/rendez-vous/rappel$"));
        verifier(page, "reservation-html/20-rappel-sans-js");

        // Empty: the number is required for a call-back.
        page.locator("#envoyer-rappel").click();
        assertThat(page).hasTitle(Pattern.compile("^Erreur : .*"));
        assertThat(page.locator("#telephone-erreur")).containsText("Indiquez le numéro auquel le conseiller vous appelle.");
        assertThat(page.locator("#prenom-erreur")).isVisible();

        // 100 KB, HTML and emoji: refused or kept as text, nothing lost.
        forcer(page, "nom", CENT_KO);
        page.locator("#prenom").fill("<i id=\"injecte\">Camille</i> 🙂");
        page.locator("#email").fill("rappel.sans.js@exemple.fr");
        page.locator("#telephone").fill("06 98 76 54 32");
        page.locator("label[for='moments-0']").click();
        page.locator("#envoyer-rappel").click();
        assertThat(page.locator("#nom-erreur")).containsText(Pattern.compile("100 caractères au plus \\(vous en avez saisi 102\\s?400\\)"));
        assertThat(page.locator("#injecte")).hasCount(0);
        assertThat(page.locator("#prenom")).hasValue("<i id=\"injecte\">Camille</i> 🙂");
        assertThat(page.locator("#nom")).hasValue(CENT_KO);
        assertThat(page.locator("#telephone")).hasValue("06 98 76 54 32");
        assertThat(page.locator("#moments-0")).isChecked();
        Pages.verifierSansDefilementHorizontal(page, "rappel de 100 Ko");
        verifier(page, "reservation-html/21-rappel-refuse-sans-js");

        // A forged CSRF token: refused cleanly.
        var champs = champs(page);
        var faux = formulaire(champs).set("_csrf", "faux").set("nom", "Durand");
        var refus = page.request().post(url("/rendez-vous/rappel"), RequestOptions.create().setForm(faux).setMaxRedirects(0)
                .setHeader("Accept", "text/html"));
        assertThat(refus.status()).isEqualTo(403);
        assertThat(refus.text()).contains("Action refusée");

        page.locator("#prenom").fill("Camille");
        page.locator("#nom").fill("Durand");
        var rejoue = formulaire(champs(page));
        page.locator("#envoyer-rappel").click();
        assertThat(page).hasURL(Pattern.compile(".*/rendez-vous/rappel/enregistre$"));
        assertThat(page.locator("#rappel-enregistre")).containsText("Regardez vos courriels");
        assertThat(page.locator("#rappel-courriel")).containsText("rappel.sans.js@exemple.fr");
        verifier(page, "reservation-html/22-rappel-enregistre-sans-js");
        // Replayed: one request, one courriel.
        var reponse = page.request().post(url("/rendez-vous/rappel"), RequestOptions.create().setForm(rejoue)
                .setMaxRedirects(0));
        assertThat(reponse.status()).isEqualTo(302);
        assertThat(reponse.headers().get("location")).endsWith("/rendez-vous/rappel/enregistre");
        var confirmation = SmtpDeTest.attendre("rappel.sans.js@exemple.fr", 1);
        assertThat(SmtpDeTest.corps(confirmation)).contains("06 98 76 54 32");
        assertThat(SmtpDeTest.pour("rappel.sans.js@exemple.fr")).hasSize(1);
        assertThat(jdbc.sql("""
                select r.disponibilites from demande_rappel r join demande_premier_echange d on d.id = r.demande_id
                join beneficiaire b on b.id = d.beneficiaire_id where b.email = :email
                """).param("email", "rappel.sans.js@exemple.fr").query(String.class).list())
                .containsExactly("Le matin, de 8h à 12h");
    }

    @Test
    void sans_demande_en_cours_les_pages_menent_a_l_aiguillage() {
        var page = sansJavaScript();
        for (var chemin : List.of("/rendez-vous/creneaux", "/rendez-vous/coordonnees?debut=1", "/rendez-vous/rappel")) {
            APIResponse reponse = page.request().get(url(chemin), RequestOptions.create().setMaxRedirects(0));
            assertThat(reponse.status()).as(chemin).isEqualTo(302);
            assertThat(reponse.headers().get("location")).as(chemin).endsWith("/rendez-vous");
        }
        // The pages after sending, without anything sent: back to the form, never someone else's data.
        for (var chemin : List.of("/rendez-vous/confirmation", "/rendez-vous/rappel/enregistre")) {
            var reponse = page.request().get(url(chemin), RequestOptions.create().setMaxRedirects(0));
            assertThat(reponse.status()).as(chemin).isEqualTo(302);
        }
    }

    /**
     * Moving by keyboard through the contact form, the phone field is never under the bottom bar (the defect of
     * issue 12; {@code scroll-padding} of portail.css), with JavaScript off and on. Without that padding the field
     * ends under the bar: the check can fail.
     */
    @Test
    void au_clavier_le_champ_telephone_n_est_pas_cache_par_la_barre_du_bas() {
        horloge.regler(Instant.now());
        var pages = List.of(sansJavaScript(), petitTelephone());
        for (var page : pages) {
            ouvrir(page, CreneauxDeTest.CHEMIN + "?vers=coordonnees");
            assertThat(page.locator("nav.pc-nav")).isVisible();
            assertThat(tabulerJusquAuTelephone(page)).as("le téléphone est visible au-dessus de la barre").isTrue();
            // What the screen shows then (not the full page): the field above the bar.
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "captures",
                    "reservation-html", "30-telephone-au-clavier-" + (page == pages.get(0) ? "sans-js" : "js") + ".png")));
        }
        // The same keys without the scroll padding: the field is hidden, so the check above does see it.
        var sansMarge = sansJavaScript();
        ouvrir(sansMarge, CreneauxDeTest.CHEMIN + "?vers=coordonnees");
        // (addStyleTag waits for a script event that never comes with JavaScript off: the style is added directly.)
        sansMarge.evaluate("() => { const s = document.createElement('style');"
                + " s.textContent = 'html { scroll-padding: 0 !important; }'; document.head.append(s); }");
        assertThat(tabulerJusquAuTelephone(sansMarge)).as("sans scroll-padding, le téléphone est sous la barre").isFalse();
    }

    /**
     * From the email field, the phone field lying just under the bottom bar (where the next field is when one goes
     * down a form), one Tab; whether the phone field then shows whole between the header and the bar.
     */
    private static boolean tabulerJusquAuTelephone(Page page) {
        page.locator("#email").focus();
        page.evaluate("""
                () => { const champ = document.getElementById('telephone').getBoundingClientRect();
                  window.scrollBy(0, champ.top - (window.innerHeight - 30)); }""");
        assertThat(page.locator("#email")).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.locator("#telephone")).isFocused();
        var visible = page.evaluate("""
                () => {
                  const champ = document.getElementById('telephone').getBoundingClientRect();
                  const barre = document.querySelector('nav.pc-nav').getBoundingClientRect();
                  const entete = document.querySelector('.pc-entete').getBoundingClientRect();
                  return champ.bottom <= barre.top && champ.top >= Math.max(0, entete.bottom);
                }""");
        return Boolean.TRUE.equals(visible);
    }

    // ------------------------------------------------------------------ helpers

    private void ouvrir(Page page, String chemin) {
        page.navigate(url(chemin));
        Pages.attendreVaadin(page);
        assertThat(Pages.estHtml(page)).as("page HTML d’abord").isTrue();
    }

    private static void verifier(Page page, String capture) {
        Pages.verifierSansDefilementHorizontal(page, capture);
        Pages.verifierPage(page, capture);
    }

    /** A value the field's maxlength would not let through, as a script or a forged request can send it. */
    private static void forcer(Page page, String id, String valeur) {
        page.evaluate("([id, valeur]) => { const c = document.getElementById(id); c.removeAttribute('maxlength');"
                + " c.value = valeur; }", List.of(id, valeur));
    }

    /** The named fields of the page's form as they are now (hidden ones included). */
    @SuppressWarnings("unchecked")
    private static Map<String, String> champs(Page page) {
        return (Map<String, String>) page.evaluate("""
                () => { const r = {}; for (const e of document.querySelectorAll('main form input, main form textarea')) {
                  if (!e.name || ((e.type === 'radio' || e.type === 'checkbox') && !e.checked)) continue;
                  r[e.name] = e.value; } return r; }""");
    }

    private static FormData formulaire(Map<String, String> champs) {
        var formulaire = FormData.create();
        champs.forEach((nom, valeur) -> {
            if (!"_csrf".equals(nom)) {
                formulaire.set(nom, valeur);
            }
        });
        if (champs.containsKey("_csrf")) {
            formulaire.set("_csrf", champs.get("_csrf"));
        }
        return formulaire;
    }

    private long rendezVous(String email) {
        return jdbc.sql("""
                select count(*) from rendez_vous r join beneficiaire b on b.id = r.beneficiaire_id
                where b.email = :email and r.statut = 'RESERVE'
                """).param("email", email).query(Long.class).single();
    }

    private static String debutIcs(Instant debut) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .format(debut.atZone(java.time.ZoneOffset.UTC));
    }
}
