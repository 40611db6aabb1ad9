package fr.portailcep.aiguillage;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import fr.portailcep.echeance.Territoire;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.PremierContact;

/**
 * The aiguillage with JavaScript turned off, on the narrowest phone (DD020): the questions, a refusal beside each
 * question with every answer kept, the way to the free slots with the context of the request in the session, the
 * orientation elsewhere; and what a forged, replayed or outsized post gets: a clear refusal, never a server error.
 */
class AiguillageSansJavaScriptIT extends PortailIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext spring;

    @Test
    void sans_javascript_les_reponses_menent_aux_creneaux_avec_le_contexte_de_la_demande() {
        var avant = compter();
        var page = sansJavaScript();
        Pages.ouvrir(page, url("/rendez-vous"));
        assertThat(Pages.estHtml(page)).isTrue();
        assertThat(page).hasTitle("Demander un rendez-vous – Portail CEP");
        assertThat(page.locator("nav.pc-nav a[aria-current='page']")).hasText("Rendez-vous");
        // Employer and cadre only for employees, shown by the style sheet without a script.
        assertThat(page.locator("fieldset#employeur")).isHidden();
        assertThat(page.locator("fieldset#cadre")).isHidden();
        Pages.verifierSansDefilementHorizontal(page, "aiguillage sans JavaScript");
        Pages.verifierPage(page, "aiguillage/01-questions-sans-js");

        PremierContact.choisir(page, "situation", 0);
        assertThat(page.locator("fieldset#employeur")).isVisible();
        assertThat(page.locator("fieldset#cadre")).isHidden();
        PremierContact.choisir(page, "employeur", 0);
        assertThat(page.locator("fieldset#cadre")).isVisible();
        PremierContact.salarieDuPrive(page, false, 2, 2, "67 000"); // 50 ans ou plus, changer de métier
        page.locator("#codePostalTravail").fill("68100");
        page.locator("#origine").selectOption("EMPLOYEUR");
        Pages.verifierPage(page, "aiguillage/02-questions-remplies-sans-js");
        page.locator("#continuer").click();
        page.waitForURL(Pattern.compile(".*/rendez-vous/creneaux$"));

        assertThat(compter()).isEqualTo(avant + 1);
        var contexte = PremierContact.contextePose(page, spring);
        assertThat(contexte).as("contexte de la demande dans la session HTTP").isNotNull();
        var ligne = jdbc.sql("""
                select numero_dossier, orientation_proposee, mode_contact, origine, motif, code_postal_domicile,
                       code_postal_travail from aiguillage where id = :id
                """).param("id", contexte.aiguillageId()).query().singleRow();
        assertThat(ligne.get("orientation_proposee")).isEqualTo("RENDEZ_VOUS_CEP");
        assertThat(ligne.get("mode_contact")).isEqualTo("EN_LIGNE");
        assertThat(ligne.get("origine")).isEqualTo("EMPLOYEUR");
        assertThat(ligne.get("motif")).isEqualTo("CHANGER_DE_METIER");
        assertThat(ligne.get("code_postal_domicile")).isEqualTo("67000");
        assertThat(ligne.get("code_postal_travail")).isEqualTo("68100");
        assertThat(contexte.reference()).isEqualTo(ligne.get("numero_dossier"));
        assertThat(contexte.territoire()).isEqualTo(Territoire.duCodePostal("67000"));
        assertThat(contexte.resume()).isEqualTo(
                "Changer de métier ou de secteur · Salarié du privé, non cadre · 50 ans ou plus · Domicile 67000 · Travail 68100");

        // Back: the questions again, with the answers given (to change one and continue).
        page.goBack();
        page.waitForURL(Pattern.compile(".*/rendez-vous$"));
        assertThat(page.locator("#situation-0")).isChecked();
        assertThat(page.locator("#cadre-1")).isChecked();
        assertThat(page.locator("#age-2")).isChecked();
        assertThat(page.locator("#codePostalDomicile")).hasValue("67 000");
        assertThat(page.locator("#origine")).hasValue("EMPLOYEUR");
        // A reload shows the same page, answers kept, nothing recorded.
        page.reload();
        assertThat(page.locator("#codePostalTravail")).hasValue("68100");
        assertThat(compter()).isEqualTo(avant + 1);
    }

    @Test
    void sans_javascript_une_personne_qui_cherche_un_emploi_est_orientee_vers_france_travail() {
        var page = sansJavaScript();
        Pages.ouvrir(page, url("/rendez-vous"));
        PremierContact.choisir(page, "situation", 2); // je cherche un emploi
        PremierContact.choisir(page, "age", 1);
        PremierContact.choisir(page, "handicap", 1);
        PremierContact.choisir(page, "dejaSuivi", 1);
        PremierContact.choisir(page, "motif", 3);
        page.locator("#codePostalDomicile").fill("67000");
        page.locator("#continuer").click();
        page.waitForURL(Pattern.compile(".*/rendez-vous/orientation/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1")).hasText("Un autre service peut mieux vous aider");
        assertThat(page.locator("#orientation-principale h2")).hasText("France Travail");
        assertThat(page.locator("#orientation-principale")).containsText("3949");
        assertThat(page.locator("#numero-aiguillage")).containsText("Numéro de votre demande");
        Pages.verifierSansDefilementHorizontal(page, "orientation sans JavaScript");
        Pages.verifierPage(page, "aiguillage/03-orientation-sans-js");
        var id = UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1));
        assertThat(PremierContact.contextePose(page, spring)).isNull();

        // A reload of the orientation shows it again; the Back button leads to the answers.
        page.reload();
        assertThat(page.locator("#orientation-principale h2")).hasText("France Travail");

        page.locator("#poursuivre-ici").click();
        page.waitForURL(Pattern.compile(".*/rendez-vous/creneaux$"));
        assertThat(jdbc.sql("select poursuite from aiguillage where id = :id").param("id", id).query(Boolean.class)
                .single()).isTrue();
        var contexte = PremierContact.contextePose(page, spring);
        assertThat(contexte).isNotNull();
        assertThat(contexte.aiguillageId()).isEqualTo(id);
        assertThat(contexte.resume()).contains("En recherche d’emploi").contains("Domicile 67000");

        // An address that leads to no orientation: said plainly, with the way to start again.
        var reponse = page.navigate(url("/rendez-vous/orientation/" + UUID.randomUUID()));
        assertThat(reponse.status()).isEqualTo(404);
        assertThat(page.locator("#orientation-inconnue")).hasText("Cette orientation n’existe pas ou n’est plus disponible.");
        assertThat(page.locator("#recommencer")).hasAttribute("href", "/rendez-vous");
        Pages.verifierPage(page, "aiguillage/04-orientation-inconnue-sans-js");
        assertThat(page.navigate(url("/rendez-vous/orientation/pas-un-identifiant")).status()).isEqualTo(404);
    }

    @Test
    void une_question_sans_reponse_et_un_code_postal_invalide_sont_refuses_a_cote_du_champ_sans_rien_perdre() {
        var avant = compter();
        var page = sansJavaScript();
        Pages.ouvrir(page, url("/rendez-vous"));

        // Nothing answered: each question says what it needs.
        page.locator("#continuer").click();
        page.waitForLoadState();
        assertThat(page).hasTitle("Erreur : Demander un rendez-vous – Portail CEP");
        assertThat(page.locator("#erreurs")).containsText("Il y a un problème");
        assertThat(page.locator("#situation-erreur")).containsText("Choisissez votre situation.");
        assertThat(page.locator("#age-erreur")).containsText("Choisissez votre tranche d’âge.");
        assertThat(page.locator("#handicap-erreur")).containsText("Répondez oui ou non.");
        assertThat(page.locator("#dejaSuivi-erreur")).containsText("Choisissez une réponse.");
        assertThat(page.locator("#motif-erreur")).containsText("Choisissez ce qui vous amène.");
        assertThat(page.locator("#codePostalDomicile-erreur"))
                .containsText("Indiquez le code postal de votre domicile.");
        assertThat(page.locator("#codePostalDomicile")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#erreurs a[href='#codePostalDomicile']")).isVisible();

        // An employee who forgot the employer, and a postal code with an emoji: refused beside each, all kept.
        PremierContact.choisir(page, "situation", 0);
        PremierContact.choisir(page, "age", 1);
        PremierContact.choisir(page, "handicap", 1);
        PremierContact.choisir(page, "dejaSuivi", 2);
        PremierContact.choisir(page, "motif", 4);
        page.locator("#codePostalDomicile").fill("67😀0");
        page.locator("#continuer").click();
        page.waitForLoadState();
        assertThat(page.locator("#employeur-erreur")).containsText("Dites si votre employeur est privé ou public.");
        assertThat(page.locator("#codePostalDomicile-erreur")).containsText("Ce code postal n’est pas reconnu");
        assertThat(page.locator("#situation-erreur")).hasCount(0);
        assertThat(page.locator("#situation-0")).isChecked();
        assertThat(page.locator("#age-1")).isChecked();
        assertThat(page.locator("#dejaSuivi-2")).isChecked();
        assertThat(page.locator("#motif-4")).isChecked();
        assertThat(page.locator("#codePostalDomicile")).hasValue("67😀0");
        Pages.verifierSansDefilementHorizontal(page, "aiguillage refusé");
        Pages.verifierPage(page, "aiguillage/05-questions-refusees-sans-js");

        // HTML in a postal code is shown as typed, never as markup.
        PremierContact.choisir(page, "employeur", 1);
        page.locator("#codePostalDomicile").fill("<b>67");
        page.locator("#continuer").click();
        page.waitForLoadState();
        assertThat(page.locator("#codePostalDomicile")).hasValue("<b>67");
        assertThat(page.locator("#codePostalDomicile-erreur")).containsText("Ce code postal n’est pas reconnu");
        assertThat(page.locator("#employeur-erreur")).hasCount(0);
        assertThat(page.locator("#employeur-1")).isChecked();
        assertThat(page.locator(".pc-champ b")).hasCount(0);
        assertThat(compter()).isEqualTo(avant);
    }

    @Test
    void un_envoi_force_rejoue_ou_demesure_est_refuse_proprement() {
        var avant = compter();
        var page = sansJavaScript();
        Pages.ouvrir(page, url("/rendez-vous"));
        var csrf = page.locator("input[name='_csrf']").getAttribute("value");
        var jeton = page.locator("input[name='jeton']").getAttribute("value");

        // 100 KB in the postal code, and answers that name no option: refused beside each field.
        var cent = "6".repeat(100_000);
        var demesure = poster(page, reponses(csrf, jeton, cent).set("situation", "PDG").set("motif", "<script>"));
        assertThat(demesure.status()).isEqualTo(200);
        assertThat(demesure.text()).contains("Ce code postal n’est pas reconnu").contains("Choisissez votre situation.")
                .contains("Choisissez ce qui vous amène.").doesNotContain("<script>");
        var balises = poster(page, reponses(csrf, jeton, "<b>67000</b>"));
        assertThat(balises.status()).isEqualTo(200);
        assertThat(balises.text()).contains("value=\"&lt;b&gt;67000&lt;/b&gt;\"").doesNotContain("<b>67000");

        // No CSRF token, or a forged one: Spring Security's refusal, in French, never a server error.
        var sansCsrf = poster(page, reponses(null, jeton, "67000"));
        assertThat(sansCsrf.status()).isEqualTo(403);
        assertThat(sansCsrf.text()).contains("Action refusée");
        var fauxCsrf = poster(page, reponses("faux", jeton, "67000"));
        assertThat(fauxCsrf.status()).isEqualTo(403);
        assertThat(fauxCsrf.text()).contains("Action refusée");
        assertThat(compter()).isEqualTo(avant);

        // An unknown form token (a page kept open past the session, a forged post): the form again, answers kept.
        var inconnu = poster(page, reponses(csrf, "inconnu", "67000"));
        assertThat(inconnu.status()).isEqualTo(200);
        assertThat(inconnu.text()).contains("Ce formulaire n’est plus valable").contains("value=\"67000\"");
        assertThat(compter()).isEqualTo(avant);

        // The same form posted twice (a double tap without JavaScript, a replay): one aiguillage, the same way on.
        var premier = poster(page, reponses(csrf, jeton, "67000"));
        var second = poster(page, reponses(csrf, jeton, "67000"));
        assertThat(premier.status()).isEqualTo(302);
        assertThat(premier.headers().get("location")).endsWith("/rendez-vous/creneaux");
        assertThat(second.status()).isEqualTo(302);
        assertThat(second.headers().get("location")).isEqualTo(premier.headers().get("location"));
        assertThat(compter()).isEqualTo(avant + 1);

        // The page shown after all that still passes axe, JavaScript off.
        Pages.ouvrir(page, url("/rendez-vous"));
        Pages.verifierPage(page, "aiguillage/06-questions-apres-rejeu-sans-js");
    }

    /** A complete set of answers (salaried, private sector, not a cadre) as the form posts them. */
    private static FormData reponses(String csrf, String jeton, String codePostal) {
        var formulaire = FormData.create().set("situation", "SALARIE").set("employeur", "PRIVE").set("cadre", "false")
                .set("age", "DE_26_A_49").set("handicap", "false").set("dejaSuivi", "NON")
                .set("motif", "SE_FORMER").set("codePostalDomicile", codePostal).set("codePostalTravail", "")
                .set("origine", "INDIVIDUELLE").set("jeton", jeton);
        return csrf == null ? formulaire : formulaire.set("_csrf", csrf);
    }

    /** Posts the form with this browser's cookies, as a browser does (asking for HTML), without following a redirect. */
    private APIResponse poster(Page page, FormData formulaire) {
        return page.request().post(url("/rendez-vous"), RequestOptions.create().setForm(formulaire).setMaxRedirects(0)
                .setHeader("Accept", "text/html,application/xhtml+xml"));
    }

    private long compter() {
        return jdbc.sql("select count(*) from aiguillage").query(Long.class).single();
    }
}
