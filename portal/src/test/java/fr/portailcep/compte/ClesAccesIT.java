package fr.portailcep.compte;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;

import fr.portailcep.test.CleVirtuelle;
import fr.portailcep.test.ConnexionParCode;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * Finding 4 of issue 8, passkeys: the person is verified (fingerprint, face, PIN) at creation and at sign-in, and
 * the server refuses an answer that says otherwise; adding a passkey needs a recent sign-in; the addition is
 * recorded by the server and announced by courriel.
 */
class ClesAccesIT extends PortailIT {

    private static final String CREER_EN_DIRECT = """
            async (libelle) => {
              const m = await import('/js/cles-acces.js');
              const entete = document.querySelector('meta[name=_csrf_header]').content;
              const jeton = document.querySelector('meta[name=_csrf]').content;
              return m.creer(entete, jeton, libelle);
            }""";

    private static final String STATUT_OPTIONS_ENREGISTREMENT = """
            async () => {
              const entete = document.querySelector('meta[name=_csrf_header]').content;
              const jeton = document.querySelector('meta[name=_csrf]').content;
              const reponse = await fetch('/webauthn/register/options',
                  { method: 'POST', credentials: 'same-origin', headers: { [entete]: jeton } });
              return reponse.status;
            }""";

    private static final String SUPPRIMER_PAR_SPRING = """
            async (id) => {
              const entete = document.querySelector('meta[name=_csrf_header]').content;
              const jeton = document.querySelector('meta[name=_csrf]').content;
              const reponse = await fetch('/webauthn/register/' + id,
                  { method: 'DELETE', credentials: 'same-origin', headers: { [entete]: jeton } });
              return reponse.status;
            }""";

    @Autowired
    JournalConnexions journal;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    CompteService comptes;

    @Autowired
    ClesAcces clesAcces;

    @Test
    void la_verification_de_la_personne_est_exigee_et_le_serveur_refuse_une_connexion_qui_ne_l_a_pas_faite() {
        var email = "uv.connexion@exemple.fr";
        var page = telephone();
        var cle = CleVirtuelle.sur(page.context(), page);
        var options = new ArrayList<JsonObject>();
        page.route("**/webauthn/**/options", route -> {
            var reponse = route.fetch();
            options.add(JsonParser.parseString(reponse.text()).getAsJsonObject());
            route.fulfill(new Route.FulfillOptions().setResponse(reponse));
        });

        ConnexionParCode.premiereConnexion(page, url("/connexion"), email);
        page.locator("#creer-cle").click();
        page.waitForURL(Pattern.compile(".*/mon-espace.*"));
        Pages.ouvrir(page, url("/compte"));
        page.locator("#se-deconnecter").click();
        page.waitForURL(Pattern.compile(".*/connexion\\?deconnexion$"));
        Pages.attendreVaadin(page);

        // The phone answers that it did not check who holds it: refused by the server.
        cle.annoncerSansVerification();
        page.locator("#connexion-cle").click();
        assertThat(page.locator("#erreur-cle")).containsText("n’est pas reconnue");
        assertThat(page).hasURL(Pattern.compile(".*/connexion.*"));

        assertThat(options).hasSize(2);
        assertThat(options.get(0).getAsJsonObject("authenticatorSelection").get("userVerification").getAsString())
                .as("création").isEqualTo("required");
        assertThat(options.get(1).get("userVerification").getAsString()).as("connexion").isEqualTo("required");
    }

    @Test
    void le_serveur_refuse_une_cle_creee_sans_verifier_la_personne() {
        var email = "uv.creation@exemple.fr";
        var page = telephone();
        var cle = CleVirtuelle.sur(page.context(), page);
        ConnexionParCode.premiereConnexion(page, url("/connexion"), email);

        cle.annoncerSansVerification();
        page.locator("#creer-cle").click();
        assertThat(page.locator("#erreur-cle")).containsText("n’a pas pu être créée");
        assertThat(page).hasURL(Pattern.compile(".*/bienvenue/cle-acces$"));
        var compte = comptes.parEmail(new AdresseCourriel(email)).orElseThrow();
        assertThat(clesAcces.possede(compte)).as("aucune clé enregistrée").isFalse();
    }

    @Test
    void une_cle_ajoutee_est_notee_par_le_serveur_et_annoncee_par_courriel() {
        var email = "cle.annoncee@exemple.fr";
        var page = telephone();
        CleVirtuelle.sur(page.context(), page);
        ConnexionParCode.premiereConnexion(page, url("/connexion"), email);

        // The ceremony run by a script, as a modified page would: the page never tells the server it worked.
        assertThat(page.evaluate(CREER_EN_DIRECT, "Clé directe")).isEqualTo("ok");
        assertThat(journal.compter(email, EvenementConnexion.CLE_ACCES_AJOUTEE)).isEqualTo(1);
        var avis = SmtpDeTest.attendre(email, 2);
        assertThat(SmtpDeTest.sujet(avis)).isEqualTo("Une clé d’accès a été ajoutée à votre compte");
        assertThat(SmtpDeTest.corps(avis)).contains("Clé directe").contains("Si ce n’est pas vous")
                .contains("médiateur");
    }

    @Test
    void une_cle_ne_se_retire_que_par_mon_compte_pas_par_le_point_d_entree_de_spring() {
        var email = "cle.gardee@equipe.example";
        comptes.creerProfessionnel(new AdresseCourriel(email), Role.CONSEILLER, "Noé", "Garde");
        var page = bureau();
        CleVirtuelle.sur(page.context(), page);
        connecterParCode(page, email, 1);
        page.waitForURL(Pattern.compile(".*/conseiller$"));
        Pages.ouvrir(page, url("/espace-pro/compte"));
        page.locator("#ajouter-cle").click();
        assertThat(page.locator("#liste-cles")).containsText("Mon téléphone");

        // His only passkey: the account page refuses to remove it, and so must Spring's DELETE endpoint.
        var id = jdbc.sql("""
                select c.credential_id from user_credentials c join user_entities u on u.id = c.user_entity_user_id
                where u.name = :email""").param("email", email).query(String.class).single();
        Pages.ouvrir(page, url("/espace-pro/compte"));
        assertThat(page.evaluate(SUPPRIMER_PAR_SPRING, id)).isEqualTo(403);
        assertThat(clesAcces.possede(comptes.parEmail(new AdresseCourriel(email)).orElseThrow())).isTrue();
    }

    @Test
    void ajouter_une_cle_demande_de_s_etre_connecte_recemment() {
        var email = "cle.recente@exemple.fr";
        var page = nouvelleVenueRevenueOnzeMinutesPlusTard(email, "#plus-tard");

        // Eleven minutes later, on the account page: the server refuses to start the creation.
        Pages.ouvrir(page, url("/compte"));
        assertThat(page.evaluate(STATUT_OPTIONS_ENREGISTREMENT)).isEqualTo(403);
        assertThat(page.locator("#ajouter-cle")).hasCount(0);
        assertThat(page.locator("#confirmer-identite")).isVisible();
        Pages.verifierPage(page, "compte/08-confirmer-avant-d-ajouter-une-cle");

        // Confirmed with a code received by courriel, the person adds a passkey.
        page.locator("#confirmer-par-code").click();
        Pages.attendreVaadin(page);
        page.locator("#code input").fill(SmtpDeTest.code(SmtpDeTest.attendre(email, 2)));
        page.locator("#valider-code").click();
        Pages.attendreVaadin(page);
        page.locator("#ajouter-cle").click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#liste-cles")).containsText("Mon téléphone");
        Pages.verifierPage(page, "compte/09-cle-ajoutee-apres-confirmation");
    }

    @Test
    void confirmer_avec_sa_cle_d_acces_suffit_pour_en_ajouter_une_autre() {
        var email = "cle.confirmee@exemple.fr";
        var page = nouvelleVenueRevenueOnzeMinutesPlusTard(email, "#creer-cle");
        Pages.ouvrir(page, url("/compte"));
        assertThat(page.locator("#confirmer-identite")).isVisible();
        page.locator("#confirmer-par-cle").click();
        assertThat(page.locator("#ajouter-cle")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/compte$"));
        // The server agrees, on this page reloaded too: the session is the same, freshly authenticated.
        Pages.ouvrir(page, url("/compte"));
        assertThat(page.locator("#ajouter-cle")).isVisible();
        assertThat(page.evaluate(STATUT_OPTIONS_ENREGISTREMENT)).isEqualTo(200);
    }

    /**
     * A new person with a phone that holds passkeys signs in with a code, answers the passkey offer with this button
     * ({@code #creer-cle} or {@code #plus-tard}) and comes back eleven minutes later: no longer freshly
     * authenticated.
     */
    private Page nouvelleVenueRevenueOnzeMinutesPlusTard(String email, String choix) {
        var page = telephone();
        CleVirtuelle.sur(page.context(), page);
        horloge.regler(Instant.now());
        ConnexionParCode.premiereConnexion(page, url("/connexion"), email);
        page.locator(choix).click();
        page.waitForURL(Pattern.compile(".*/mon-espace.*"));
        horloge.avancer(Duration.ofMinutes(11));
        return page;
    }

    private void connecterParCode(Page page, String email, int rangCourriel) {
        ConnexionParCode.saisir(page, url("/connexion"), email, rangCourriel);
    }
}
