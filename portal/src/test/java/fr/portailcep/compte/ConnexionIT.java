package fr.portailcep.compte;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import fr.portailcep.test.ConnexionParCode;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * The sign-in page, HTML-first (DD020): the code by courriel works from end to end with JavaScript off, the
 * passkey button only works with it; bad input gets a French message beside the field and loses nothing; a
 * forged or missing CSRF token is refused cleanly; a form posted twice sends one courriel.
 */
class ConnexionIT extends PortailIT {

    @Autowired
    JournalConnexions journal;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sans_javascript_le_code_par_courriel_connecte_de_bout_en_bout() {
        var email = "sans.javascript@exemple.fr";
        var page = sansJavaScript();
        Pages.ouvrir(page, url("/connexion"));
        assertThat(Pages.estHtml(page)).isTrue();
        // No script: the passkey button stays disabled, the page says why and offers the code.
        assertThat(page.locator("#connexion-cle")).isDisabled();
        assertThat(page.locator("#bloc-cle")).containsText("Ce navigateur ne permet pas d’utiliser une clé d’accès");
        assertThat(page.locator("#connexion-demo")).isVisible();
        Pages.verifierSansDefilementHorizontal(page, "connexion sans JavaScript");
        etat(page, "connexion/01-connexion-sans-javascript-360");

        // Empty.
        ConnexionParCode.cliquer(page, "#envoyer-code");
        assertThat(page).hasURL(Pattern.compile(".*/connexion$"));
        assertThat(page).hasTitle(Pattern.compile("^Erreur : Se connecter.*"));
        assertThat(ConnexionParCode.autourDe(page, "email")).containsText("Saisissez votre adresse électronique.");
        assertThat(page.locator("#erreurs a[href='#email']")).isVisible();
        assertThat(page.locator("input#email")).hasAttribute("aria-invalid", "true");
        Pages.verifierSansDefilementHorizontal(page, "adresse vide");
        etat(page, "connexion/02-adresse-vide-360");

        // HTML, emoji, 100 Ko: refused beside the field, kept as typed, no courriel.
        for (var saisie : new String[] {"<script>alert(1)</script>@exemple.fr", "🙂🙂@exemple.fr",
                "camille@exemple"}) {
            ConnexionParCode.champ(page, "email").fill(saisie);
            ConnexionParCode.cliquer(page, "#envoyer-code");
            assertThat(ConnexionParCode.autourDe(page, "email")).containsText("Cette adresse n’est pas complète");
            assertThat(ConnexionParCode.champ(page, "email")).hasValue(saisie);
        }
        assertThat(page.locator("script:has-text('alert(1)')")).hasCount(0);
        etat(page, "connexion/03-adresse-mal-formee-360");
        // 100 Ko (the field stops at 254 characters; a post can carry more): the same refusal, all kept.
        var longue = "a".repeat(100_000) + "@exemple.fr";
        var reponse = envoyer(page, "/connexion", "#formulaire-adresse", "email", longue);
        assertThat(reponse.status()).isEqualTo(200);
        assertThat(reponse.text()).contains("Cette adresse n’est pas complète").contains(longue);

        // The address: the second step, its own page (PRG).
        ConnexionParCode.demander(page, email);
        assertThat(page).hasURL(Pattern.compile(".*/connexion/code$"));
        assertThat(page.locator("#code-envoye")).containsText(email);
        Pages.verifierSansDefilementHorizontal(page, "saisie du code");
        etat(page, "connexion/04-saisie-du-code-sans-javascript-360");
        // A reload shows the same step, and sends nothing more.
        Pages.ouvrir(page, url("/connexion/code"));
        assertThat(page.locator("#code-envoye")).containsText(email);

        var bon = SmtpDeTest.code(SmtpDeTest.attendre(email, 1));
        var faux = bon.equals("000000") ? "111111" : "000000";
        for (var saisie : new String[] {"", "12a", "<b>7", "🙂"}) {
            ConnexionParCode.taper(page, saisie);
            assertThat(ConnexionParCode.autourDe(page, "code")).containsText("Le code a 6 chiffres.");
            assertThat(ConnexionParCode.champ(page, "code")).hasValue(saisie);
        }
        var tresLong = envoyer(page, "/connexion/code", "#formulaire-code", "code", "9".repeat(100_000));
        assertThat(tresLong.status()).isEqualTo(200);
        assertThat(tresLong.text()).contains("Le code a 6 chiffres.");
        ConnexionParCode.taper(page, faux);
        assertThat(ConnexionParCode.autourDe(page, "code")).containsText("Il vous reste 4 essais.");
        assertThat(page).hasTitle(Pattern.compile("^Erreur : .*"));
        Pages.verifierSansDefilementHorizontal(page, "code faux");
        etat(page, "connexion/05-code-faux-360");

        // Signed in: the next page is a signed-in space, in Vaadin (DD020), which needs JavaScript.
        ConnexionParCode.champ(page, "code").fill(bon);
        page.waitForNavigation(() -> page.locator("#valider-code").click());
        assertThat(page).hasURL(ConnexionParCode.OFFRE_DE_CLE);
        assertThat(journal.compter(email, EvenementConnexion.CONNEXION_REUSSIE)).isEqualTo(1);
        assertThat(SmtpDeTest.pour(email)).hasSize(1);
        // Signed in: the sign-in page sends the person home.
        page.navigate(url("/connexion"));
        assertThat(page).not().hasURL(Pattern.compile(".*/connexion.*"));
    }

    @Test
    void avec_javascript_la_page_de_connexion_et_la_saisie_du_code_passent_axe_a_360_px() {
        var email = "avec.javascript@exemple.fr";
        var page = petitTelephone();
        Pages.ouvrir(page, url("/connexion"));
        assertThat(page.locator("#connexion-cle")).isEnabled();
        assertThat(page.locator("#cle-sans-script")).isHidden();
        Pages.verifierSansDefilementHorizontal(page, "connexion");
        Pages.verifierPage(page, "connexion/06-connexion-360");

        // The refusals, under axe (the same HTML as without JavaScript, whose pictures are taken above).
        ConnexionParCode.cliquer(page, "#envoyer-code");
        assertThat(ConnexionParCode.autourDe(page, "email")).containsText("Saisissez votre adresse électronique.");
        assertThat(page.locator("#erreurs")).isVisible();
        Pages.verifierSansDefilementHorizontal(page, "adresse vide");
        Pages.verifierPage(page, "connexion/08-adresse-vide-axe-360");
        ConnexionParCode.demander(page, "🙂<b>camille</b>@exemple");
        assertThat(ConnexionParCode.autourDe(page, "email")).containsText("Cette adresse n’est pas complète");
        Pages.verifierPage(page, "connexion/09-adresse-mal-formee-axe-360");

        ConnexionParCode.demander(page, email);
        assertThat(page.locator("#code-envoye")).containsText(email);
        assertThat(page.locator("input#code")).isFocused();
        Pages.verifierPage(page, "connexion/07-saisie-du-code-360");
        ConnexionParCode.taper(page, "12345");
        assertThat(ConnexionParCode.autourDe(page, "code")).containsText("Le code a 6 chiffres.");
        Pages.verifierSansDefilementHorizontal(page, "code refusé");
        Pages.verifierPage(page, "connexion/10-code-refuse-axe-360");

        // "Recevoir un nouveau code": a second courriel, the same step.
        ConnexionParCode.cliquer(page, "#nouveau-code");
        assertThat(page).hasURL(Pattern.compile(".*/connexion/code$"));
        SmtpDeTest.attendre(email, 2);
        // "Changer d’adresse": back to the address.
        page.locator("#autre-adresse").click();
        page.waitForURL(Pattern.compile(".*/connexion$"));

        ConnexionParCode.saisir(page, url("/connexion"), email, 3);
        page.waitForURL(ConnexionParCode.OFFRE_DE_CLE);
        Pages.attendreVaadin(page);
    }

    @Test
    void un_double_clic_sur_recevoir_un_code_n_envoie_qu_un_courriel() {
        var email = "double.clic.connexion@exemple.fr";
        var page = telephone();
        Pages.ouvrir(page, url("/connexion"));
        ConnexionParCode.champ(page, "email").fill(email);
        page.waitForNavigation(() -> page.locator("#envoyer-code").dblclick());
        page.waitForURL(Pattern.compile(".*/connexion/code$"));
        Pages.attendreVaadin(page);
        assertThat(page.locator("#code-envoye")).containsText(email);
        SmtpDeTest.attendre(email, 1);
        assertThat(courrielsDeposes(email)).isEqualTo(1);
    }

    @Test
    void un_formulaire_rejoue_n_envoie_qu_un_courriel_et_un_jeton_inconnu_garde_l_adresse() {
        var email = "rejoue@exemple.fr";
        var page = sansJavaScript();
        Pages.ouvrir(page, url("/connexion"));
        var csrf = page.locator("#formulaire-adresse input[name='_csrf']").getAttribute("value");
        var jeton = page.locator("#formulaire-adresse input[name='jeton']").getAttribute("value");
        var formulaire = FormData.create().set("_csrf", csrf).set("jeton", jeton).set("email", email);

        // Twice the same form (a double tap without JavaScript, or Back then send again).
        var premier = page.request().post(url("/connexion"), RequestOptions.create().setForm(formulaire)
                .setMaxRedirects(0));
        var second = page.request().post(url("/connexion"), RequestOptions.create().setForm(formulaire)
                .setMaxRedirects(0));
        assertThat(premier.status()).isEqualTo(302);
        assertThat(premier.headers().get("location")).endsWith("/connexion/code");
        assertThat(second.status()).isEqualTo(302);
        assertThat(second.headers().get("location")).endsWith("/connexion/code");
        SmtpDeTest.attendre(email, 1);
        assertThat(courrielsDeposes(email)).isEqualTo(1);

        // A token the server does not know (a page left open past its session): said above the button, the address
        // kept, nothing sent.
        var inconnu = page.request().post(url("/connexion"), RequestOptions.create()
                .setForm(FormData.create().set("_csrf", csrf).set("jeton", "inconnu").set("email", "autre@exemple.fr")));
        assertThat(inconnu.status()).isEqualTo(200);
        page.setContent(inconnu.text());
        assertThat(page.locator(".pc-erreur-formulaire")).containsText("Ce formulaire n’est plus valable");
        assertThat(page.locator("input#email")).hasValue("autre@exemple.fr");
        assertThat(courrielsDeposes("autre@exemple.fr")).isZero();
    }

    @Test
    void un_jeton_csrf_absent_ou_faux_est_refuse_proprement_en_francais() {
        var page = sansJavaScript();
        Pages.ouvrir(page, url("/connexion"));
        var jeton = page.locator("#formulaire-adresse input[name='jeton']").getAttribute("value");
        for (var csrf : new String[] {null, "faux"}) {
            var formulaire = FormData.create().set("jeton", jeton).set("email", "csrf@exemple.fr");
            if (csrf != null) {
                formulaire.set("_csrf", csrf);
            }
            var reponse = page.request().post(url("/connexion"), RequestOptions.create().setForm(formulaire)
                    .setHeader("Accept", "text/html"));
            assertThat(reponse.status()).isEqualTo(403);
            assertThat(reponse.text()).contains("Action refusée").contains("revenez en arrière");
            var code = page.request().post(url("/connexion/code"), RequestOptions.create()
                    .setForm(FormData.create().set("jeton", jeton).set("code", "123456")));
            assertThat(code.status()).isEqualTo(403);
        }
        assertThat(courrielsDeposes("csrf@exemple.fr")).isZero();
        // The page still works.
        ConnexionParCode.demander(page, "csrf@exemple.fr");
        assertThat(page.locator("#code-envoye")).containsText("csrf@exemple.fr");
    }

    @Test
    void la_demonstration_connecte_en_un_geste_meme_sans_javascript() {
        var page = sansJavaScript();
        Pages.ouvrir(page, url("/connexion"));
        page.waitForNavigation(() -> page.locator("#demo-nadia-benali").click());
        assertThat(page).not().hasURL(Pattern.compile(".*/connexion.*"));
        // Only demo people: anyone else is refused.
        var autre = telephone();
        Pages.ouvrir(autre, url("/connexion"));
        var csrf = autre.locator("#formulaire-adresse input[name='_csrf']").getAttribute("value");
        var reponse = autre.request().post(url("/connexion/demo"), RequestOptions.create()
                .setForm(FormData.create().set("_csrf", csrf).set("personne", "pas-un-identifiant")));
        assertThat(reponse.status()).isEqualTo(404);
    }

    /**
     * A state of a page without JavaScript: no horizontal scroll at 360 px, and its picture. Axe runs on the same
     * states with JavaScript on ({@link #avec_javascript_la_page_de_connexion_et_la_saisie_du_code_passent_axe_a_360_px}):
     * in a context without JavaScript, axe's analysis could wait forever (seen twice on the page of a refused address).
     */
    private static void etat(Page page, String nom) {
        Pages.verifierSansDefilementHorizontal(page, nom);
        Pages.capturer(page, nom);
    }

    /** Posts the form shown with one field set to {@code valeur}, as the browser would (same cookies). */
    private com.microsoft.playwright.APIResponse envoyer(Page page, String chemin, String formulaire, String champ,
            String valeur) {
        var donnees = FormData.create().set(champ, valeur);
        for (var nom : new String[] {"_csrf", "jeton"}) {
            donnees.set(nom, page.locator(formulaire + " input[name='" + nom + "']").getAttribute("value"));
        }
        return page.request().post(url(chemin), RequestOptions.create().setForm(donnees));
    }

    private long courrielsDeposes(String destinataire) {
        return jdbc.sql("select count(*) from courriel_sortant where destinataire = :email")
                .param("email", destinataire).query(Long.class).single();
    }
}
