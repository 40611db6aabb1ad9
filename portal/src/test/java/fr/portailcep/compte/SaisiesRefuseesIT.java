package fr.portailcep.compte;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

import fr.portailcep.test.ConnexionParCode;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * Bad input at sign-in: each case gets a clear French message beside the field, keeps what was typed, and
 * breaks nothing.
 */
class SaisiesRefuseesIT extends PortailIT {

    @Autowired
    JournalConnexions journal;

    @Test
    void une_adresse_mal_formee_est_refusee_a_cote_du_champ_et_reste_saisie() {
        var page = telephone();
        Pages.ouvrir(page, url("/connexion"));
        ConnexionParCode.cliquer(page, "#envoyer-code");
        assertThat(ConnexionParCode.autourDe(page, "email")).containsText("Saisissez votre adresse électronique.");

        ConnexionParCode.champ(page, "email").fill("camille@exemple");
        ConnexionParCode.cliquer(page, "#envoyer-code");
        assertThat(ConnexionParCode.autourDe(page, "email")).containsText("Cette adresse n’est pas complète");
        assertThat(ConnexionParCode.champ(page, "email")).hasValue("camille@exemple");
        assertThat(ConnexionParCode.champ(page, "email")).hasAttribute("aria-invalid", "true");
        Pages.verifierPage(page, "compte/10-adresse-mal-formee");
        assertThat(SmtpDeTest.pour("camille@exemple")).isEmpty();
    }

    @Test
    void a_l_inscription_chaque_champ_dit_ce_qui_manque_sans_rien_perdre() {
        var page = petitTelephone();
        Pages.ouvrir(page, url("/inscription"));
        page.locator("#nom input").fill("Durand");
        ConnexionParCode.champ(page, "email").fill("paul.durand@exemple");
        ConnexionParCode.cliquer(page, "#envoyer-code");
        assertThat(page.locator("#prenom")).containsText("Saisissez votre prénom.");
        assertThat(ConnexionParCode.autourDe(page, "email")).containsText("Cette adresse n’est pas complète");
        assertThat(page.locator("#nom input")).hasValue("Durand");
        assertThat(ConnexionParCode.champ(page, "email")).hasValue("paul.durand@exemple");
        Pages.verifierSansDefilementHorizontal(page, "inscription refusée");
        Pages.verifierPage(page, "compte/11-inscription-incomplete-360");
    }

    @Test
    void un_code_faux_repete_ralentit_puis_se_bloque() {
        var email = "code.faux@exemple.fr";
        horloge.regler(Instant.now());
        var page = telephone();
        demanderCode(page, email);
        var bon = SmtpDeTest.code(SmtpDeTest.attendre(email, 1));
        var faux = bon.equals("000000") ? "111111" : "000000";

        saisirCode(page, "12a");
        assertThat(ConnexionParCode.autourDe(page, "code")).containsText("Le code a 6 chiffres.");
        assertThat(ConnexionParCode.champ(page, "code")).hasValue("12a");

        saisirCode(page, faux);
        assertThat(ConnexionParCode.autourDe(page, "code")).containsText("Il vous reste 4 essais.");
        saisirCode(page, faux);
        assertThat(ConnexionParCode.autourDe(page, "code")).containsText("Il vous reste 3 essais.");
        saisirCode(page, faux);
        assertThat(ConnexionParCode.autourDe(page, "code")).containsText("Attendez 2 secondes");
        Pages.verifierPage(page, "compte/12-code-patienter");
        horloge.avancer(Duration.ofSeconds(2));
        saisirCode(page, faux);
        assertThat(ConnexionParCode.autourDe(page, "code")).containsText("Il vous reste 2 essais.");
        horloge.avancer(Duration.ofSeconds(5));
        saisirCode(page, faux);
        assertThat(ConnexionParCode.autourDe(page, "code")).containsText("Il vous reste 1 essai.");
        horloge.avancer(Duration.ofSeconds(15));
        saisirCode(page, faux);
        assertThat(ConnexionParCode.autourDe(page, "code")).containsText("Ce code est bloqué après 5 essais.");
        horloge.avancer(Duration.ofSeconds(60));
        saisirCode(page, bon);
        // Even the right code.
        assertThat(ConnexionParCode.autourDe(page, "code")).containsText("bloqué");
        assertThat(page).hasURL(Pattern.compile(".*/connexion/code$"));
        Pages.verifierPage(page, "compte/13-code-bloque");
        assertThat(journal.compter(email, EvenementConnexion.CODE_BLOQUE)).isGreaterThanOrEqualTo(1);

        // A new code works again.
        ConnexionParCode.cliquer(page, "#nouveau-code");
        saisirCode(page, SmtpDeTest.code(SmtpDeTest.attendre(email, 2)));
        page.waitForURL(Pattern.compile(".*/bienvenue/cle-acces$"));
    }

    @Test
    void un_lien_expire_le_dit_et_propose_un_nouveau_code() {
        var email = "lien.expire@exemple.fr";
        var page = telephone();
        demanderCode(page, email);
        var lien = SmtpDeTest.lienConnexion(SmtpDeTest.attendre(email, 1));
        horloge.avancer(Duration.ofMinutes(16));

        var autrePage = telephone();
        Pages.ouvrir(autrePage, lien);
        autrePage.locator("#continuer").click();
        Pages.attendreVaadin(autrePage);
        assertThat(autrePage.locator("#message-lien")).containsText("Ce lien a expiré");
        assertThat(autrePage.locator("#lien-nouveau-code")).isVisible();
        Pages.verifierPage(autrePage, "compte/14-lien-expire");
    }

    @Test
    void un_lien_ne_sert_qu_une_fois() {
        var email = "lien.deux.fois@exemple.fr";
        var page = telephone();
        demanderCode(page, email);
        var lien = SmtpDeTest.lienConnexion(SmtpDeTest.attendre(email, 1));

        var telephoneA = telephone();
        Pages.ouvrir(telephoneA, lien);
        Pages.verifierPage(telephoneA, "compte/15-lien-de-connexion");
        telephoneA.locator("#continuer").click();
        // The link checked, a plain form posts the one-time ticket (compte.web.LienConnexionPage).
        telephoneA.locator("#se-connecter").click();
        telephoneA.waitForURL(Pattern.compile(".*/bienvenue/cle-acces$"));

        var telephoneB = telephone();
        Pages.ouvrir(telephoneB, lien);
        telephoneB.locator("#continuer").click();
        Pages.attendreVaadin(telephoneB);
        assertThat(telephoneB.locator("#message-lien")).containsText("Ce lien a déjà servi");
        Pages.verifierPage(telephoneB, "compte/16-lien-deja-utilise");
        assertThat(telephoneB).hasURL(Pattern.compile(".*/connexion/lien.*"));

        // The code of the same courriel is spent too.
        var code = SmtpDeTest.code(SmtpDeTest.attendre(email, 1));
        saisirCode(page, code);
        assertThat(ConnexionParCode.autourDe(page, "code")).containsText("Ce code a déjà servi.");
    }

    @Test
    void un_lien_tronque_est_refuse_clairement() {
        var page = telephone();
        Pages.ouvrir(page, url("/connexion/lien?jeton=pas-un-jeton&secret=x"));
        page.locator("#continuer").click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#message-lien")).containsText("Ce lien n’est pas valide.");
    }

    @Test
    void trop_de_codes_demandes_pour_une_adresse_est_ralenti() {
        var email = "trop.de.codes@exemple.fr";
        var page = telephone();
        demanderCode(page, email);
        for (var i = 0; i < 2; i++) {
            ConnexionParCode.cliquer(page, "#nouveau-code");
        }
        SmtpDeTest.attendre(email, 3);
        ConnexionParCode.cliquer(page, "#nouveau-code");
        assertThat(ConnexionParCode.autourDe(page, "email")).containsText("Vous avez demandé plusieurs codes en peu de temps.");
        assertThat(ConnexionParCode.champ(page, "email")).hasValue(email);
        assertThat(SmtpDeTest.pour(email)).hasSize(3);
        assertThat(journal.compter(email, EvenementConnexion.DEMANDE_LIMITEE)).isEqualTo(1);
    }

    private void demanderCode(Page page, String email) {
        Pages.ouvrir(page, url("/connexion"));
        ConnexionParCode.champ(page, "email").fill(email);
        ConnexionParCode.cliquer(page, "#envoyer-code");
        assertThat(page.locator("#code-envoye")).containsText(email);
    }

    private static void saisirCode(Page page, String code) {
        ConnexionParCode.taper(page, code);
    }
}
