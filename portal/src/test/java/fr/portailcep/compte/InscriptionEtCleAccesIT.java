package fr.portailcep.compte;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.portailcep.test.CleVirtuelle;
import fr.portailcep.test.ConnexionParCode;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * On a phone, a new bénéficiaire signs up with an email address, types the code received by the SMTP server,
 * creates a passkey with the phone's (virtual) authenticator, signs out, and signs in again with the passkey alone.
 */
class InscriptionEtCleAccesIT extends PortailIT {

    @Autowired
    JournalConnexions journal;

    @Autowired
    JdbcClient jdbc;

    @Test
    void un_nouveau_beneficiaire_s_inscrit_cree_sa_cle_et_se_reconnecte_avec_elle() {
        var email = "ines.moreau@exemple.fr";
        var page = telephone();
        var cle = CleVirtuelle.sur(page.context(), page);

        Pages.ouvrir(page, url("/inscription"));
        Pages.verifierPage(page, "compte/01-inscription");
        page.locator("#prenom input").fill("Inès");
        page.locator("#nom input").fill("Moreau");
        page.locator("#email input").fill(email);
        page.locator("#envoyer-code").click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#code-envoye")).containsText(email);
        Pages.verifierPage(page, "compte/02-saisie-du-code");

        var courriel = SmtpDeTest.attendre(email, 1);
        assertThat(SmtpDeTest.corps(courriel)).contains("médiateur de France compétences");
        page.locator("#code input").fill(SmtpDeTest.code(courriel));
        page.locator("#valider-code").click();
        page.waitForURL(Pattern.compile(".*/bienvenue/cle-acces$"));
        Pages.attendreVaadin(page);
        Pages.verifierPage(page, "compte/03-bienvenue-cle-acces");

        page.locator("#creer-cle").click();
        page.waitForURL(Pattern.compile(".*/mon-espace.*"));
        Pages.attendreVaadin(page);
        assertThat(page.locator("h1")).hasText("Bonjour Inès");
        assertThat(cle.cles().size()).isEqualTo(1);
        Pages.verifierPage(page, "compte/04-mon-espace");

        Pages.ouvrir(page, url("/compte"));
        assertThat(page.locator("#liste-cles")).containsText("Mon téléphone");
        assertThat(page.locator("#liste-sessions")).containsText("cet appareil");
        Pages.verifierPage(page, "compte/05-mon-compte");
        page.locator("#se-deconnecter").click();
        page.waitForURL(Pattern.compile(".*/connexion\\?deconnexion$"));
        Pages.attendreVaadin(page);
        assertThat(page.locator("#avis-connexion")).containsText("Vous êtes déconnecté");
        Pages.verifierPage(page, "compte/06-connexion");

        Pages.ouvrir(page, url("/mon-espace"));
        assertThat(page).hasURL(Pattern.compile(".*/connexion$"));

        page.locator("#connexion-cle").click();
        // The page asked before signing in (Spring marks it with "?continue").
        page.waitForURL(Pattern.compile(".*/mon-espace(\\?continue)?$"));
        Pages.attendreVaadin(page);
        assertThat(page.locator("h1")).hasText("Bonjour Inès");
        assertThat(SmtpDeTest.pour(email)).as("aucun autre code envoyé")
                .filteredOn(m -> !SmtpDeTest.sujet(m).equals("Une clé d’accès a été ajoutée à votre compte"))
                .hasSize(1);

        // The passkey is revoked from the account page: it no longer signs anyone in.
        Pages.ouvrir(page, url("/compte"));
        page.locator("#liste-cles").getByRole(AriaRole.BUTTON).click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Supprimer")).click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#liste-cles")).containsText("Vous n’avez pas encore de clé d’accès.");
        page.locator("#se-deconnecter").click();
        page.waitForURL(Pattern.compile(".*/connexion\\?deconnexion$"));
        Pages.attendreVaadin(page);
        page.locator("#connexion-cle").click();
        assertThat(page.locator("#erreur-cle")).containsText("Cette clé d’accès n’est pas reconnue.");
        Pages.verifierPage(page, "compte/07-cle-supprimee-refusee");
        assertThat(journal.compter(email, EvenementConnexion.CONNEXION_REUSSIE)).isEqualTo(2);
        assertThat(journal.compter(email, EvenementConnexion.DECONNEXION)).isEqualTo(2);
        assertThat(journal.compter(email, EvenementConnexion.CLE_ACCES_SUPPRIMEE)).isEqualTo(1);
        // Recorded once, by the server, when the registration endpoint saved it.
        assertThat(journal.compter(email, EvenementConnexion.CLE_ACCES_AJOUTEE)).isEqualTo(1);
        assertThat(SmtpDeTest.sujet(SmtpDeTest.attendre(email, 2)))
                .isEqualTo("Une clé d’accès a été ajoutée à votre compte");
    }

    @Test
    void au_clavier_la_touche_entree_envoie_depuis_les_champs_et_seulement_depuis_eux() {
        var email = "enzo.clavier@exemple.fr";
        var page = telephone();
        Pages.ouvrir(page, url("/inscription"));
        page.locator("#prenom input").fill("Enzo");
        page.locator("#nom input").fill("Clavier");
        page.locator("#email input").fill(email);
        page.locator("#email input").press("Enter");
        Pages.attendreVaadin(page);
        assertThat(page.locator("#code-envoye")).containsText(email);

        page.locator("#code input").fill(SmtpDeTest.code(SmtpDeTest.attendre(email, 1)));
        page.locator("#code input").press("Enter");
        page.waitForURL(Pattern.compile(".*/bienvenue/cle-acces$"));

        // Signed out, on the sign-in page: Enter on the "Créer mon compte" link follows the link and sends no code.
        var autre = telephone();
        Pages.ouvrir(autre, url("/connexion"));
        ConnexionParCode.champ(autre, "email").fill(email);
        autre.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Créer mon compte")).press("Enter");
        autre.waitForURL(Pattern.compile(".*/inscription$"));
        Pages.attendreVaadin(autre);
        // The outbox row is written in the request's own transaction: counting it needs no wait.
        assertThat(courrielsDeposes(email)).as("aucun code envoyé par la touche Entrée sur le lien").isEqualTo(1);

        Pages.ouvrir(autre, url("/connexion"));
        ConnexionParCode.champ(autre, "email").fill(email);
        autre.waitForNavigation(() -> ConnexionParCode.champ(autre, "email").press("Enter"));
        Pages.attendreVaadin(autre);
        assertThat(autre.locator("#code-envoye")).containsText(email);
        assertThat(courrielsDeposes(email)).isEqualTo(2);
    }

    private int courrielsDeposes(String email) {
        return jdbc.sql("select count(*) from courriel_sortant where destinataire = :email").param("email", email)
                .query(Integer.class).single();
    }
}
