package fr.portailcep.compte;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * The link of the sign-in courriel (DD020, HTML-first), JavaScript off and on: opening it spends nothing (mail
 * scanners open links); « Me connecter » checks it, then a plain form posts the one-time ticket to Spring Security
 * ({@code /login/ott}), with no script. A link expired, spent or cut says so in French; a form without its CSRF
 * token is refused; a double tap lands on the same ticket.
 */
class LienConnexionIT extends PortailIT {

    private static final AtomicInteger ORIGINE = new AtomicInteger(1);

    @Autowired
    ConnexionParCourriel connexion;

    private String lienPour(String email) {
        var origine = new OrigineRequete("10.77.0." + ORIGINE.getAndIncrement(), "LienConnexionIT");
        assertThat(connexion.demanderCode(new AdresseCourriel(email), null, null, origine))
                .isInstanceOf(DemandeCode.Envoyee.class);
        return SmtpDeTest.lienConnexion(SmtpDeTest.attendre(email, 1));
    }

    @ParameterizedTest(name = "JavaScript actif : {0}")
    @ValueSource(booleans = { false, true })
    void le_lien_du_courriel_connecte_en_deux_touches_sans_script(boolean javascript) {
        var email = "lien.html." + (javascript ? "js" : "sansjs") + "." + UUID.randomUUID().toString().substring(0, 6)
                + "@exemple.fr";
        var lien = lienPour(email);
        var page = javascript ? petitTelephone() : sansJavaScript();
        var nom = javascript ? "js" : "sans-js";

        // Opened twice (a mail scanner, then the person): nothing spent.
        assertThat(page.navigate(lien).status()).isEqualTo(200);
        assertThat(page.navigate(lien).status()).isEqualTo(200);
        assertThat(Pages.estHtml(page)).isTrue();
        assertThat(page.locator("#message-lien")).hasText("Pour vous connecter, touchez le bouton ci-dessous.");
        verifier(page, "liens/connexion-lien-" + nom);
        page.locator("#continuer").click();
        page.waitForURL(Pattern.compile(".*/connexion/lien/pret$"));
        assertThat(page.locator("#message-lien")).containsText("Votre lien est valable");
        assertThat(page.locator("#formulaire-ticket")).hasAttribute("action", "/login/ott");
        assertThat(page.locator("#formulaire-ticket input[name=_csrf]")).hasCount(1);
        verifier(page, "liens/connexion-lien-pret-" + nom);
        page.locator("#se-connecter").click();
        page.waitForURL(u -> !u.contains("/connexion") && !u.contains("/login"));
        assertThat(page).hasURL(Pattern.compile(".*/bienvenue/cle-acces$"));

        // The same link again, in another phone: spent.
        var autre = javascript ? petitTelephone() : sansJavaScript();
        Pages.ouvrir(autre, lien);
        autre.locator("#continuer").click();
        assertThat(autre.locator("#message-lien")).containsText("Ce lien a déjà servi");
        assertThat(autre.locator("#lien-nouveau-code")).hasAttribute("href", "/connexion");
        verifier(autre, "liens/connexion-lien-deja-utilise-" + nom);
    }

    @Test
    void un_lien_expire_ou_tronque_le_dit_et_propose_un_nouveau_code() {
        var lien = lienPour("lien.html.expire." + UUID.randomUUID().toString().substring(0, 6) + "@exemple.fr");
        horloge.avancer(Duration.ofMinutes(16));
        var page = sansJavaScript();
        Pages.ouvrir(page, lien);
        page.locator("#continuer").click();
        assertThat(page.locator("#message-lien")).containsText("Ce lien a expiré");
        assertThat(page.locator("#lien-nouveau-code")).isVisible();
        verifier(page, "liens/connexion-lien-expire-sans-js");

        for (var adresse : java.util.List.of("/connexion/lien?jeton=pas-un-jeton&secret=x", "/connexion/lien",
                "/connexion/lien?jeton=" + UUID.randomUUID() + "&secret=" + "s".repeat(5000))) {
            assertThat(page.navigate(url(adresse)).status()).isEqualTo(200);
            page.locator("#continuer").click();
            assertThat(page.locator("#message-lien")).containsText("Ce lien n’est pas valide.");
        }
        // The ticket page without a ticket: back to the sign-in page.
        page.navigate(url("/connexion/lien/pret"));
        assertThat(page).hasURL(Pattern.compile(".*/connexion$"));
    }

    @Test
    void sans_jeton_csrf_rien_n_est_verifie_et_un_double_envoi_donne_le_meme_ticket() {
        var lien = lienPour("lien.html.rejeu." + UUID.randomUUID().toString().substring(0, 6) + "@exemple.fr");
        var page = sansJavaScript();
        Pages.ouvrir(page, lien);
        var champs = FormData.create().set("lien", page.locator("input[name=lien]").inputValue())
                .set("secret", page.locator("input[name=secret]").inputValue())
                .set("jeton", page.locator("input[name=jeton]").inputValue());
        var action = url("/connexion/lien");
        var sans = page.request().post(action, RequestOptions.create().setForm(champs).setMaxRedirects(0));
        assertThat(sans.status()).isEqualTo(403);
        var faux = page.request().post(action, RequestOptions.create().setForm(champs.set("_csrf", "faux"))
                .setMaxRedirects(0));
        assertThat(faux.status()).isEqualTo(403);

        var csrf = page.locator("input[name=_csrf]").inputValue();
        champs.set("_csrf", csrf);
        var premier = page.request().post(action, RequestOptions.create().setForm(champs).setMaxRedirects(0));
        var second = page.request().post(action, RequestOptions.create().setForm(champs).setMaxRedirects(0));
        assertThat(premier.status()).isEqualTo(302);
        assertThat(second.status()).isEqualTo(302);
        assertThat(second.headers().get("location")).isEqualTo(premier.headers().get("location"))
                .endsWith("/connexion/lien/pret");
        Pages.ouvrir(page, url("/connexion/lien/pret"));
        assertThat(page.locator("#se-connecter")).isVisible();

        // A form token made up: the page again, with a clear message, the link not spent.
        var inconnu = page.request().post(action, RequestOptions.create()
                .setForm(FormData.create().set("lien", UUID.randomUUID().toString()).set("secret", "x")
                        .set("jeton", "<b>😀</b>").set("_csrf", csrf)).setMaxRedirects(0));
        assertThat(inconnu.status()).isEqualTo(200);
        assertThat(inconnu.text()).contains("Ce formulaire n’est plus valable").doesNotContain("<b>😀");
    }

    /** As in LienDeGestionIT: axe in the run with JavaScript on (with it off, axe can stay stuck). */
    private void verifier(Page page, String capture) {
        assertThat(page.locator("footer.pc-pied a[href='/mediateur']")).isVisible();
        Pages.verifierSansDefilementHorizontal(page, capture);
        if (!capture.endsWith("sans-js")) {
            Pages.verifierPage(page, capture);
        } else {
            Pages.capturer(page, capture);
        }
    }
}
