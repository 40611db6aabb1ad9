package fr.portailcep.rendezvous;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;

import fr.portailcep.shared.courriel.EnvoiCourriels;
import fr.portailcep.test.BoiteDEnvoi;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PremierContact;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * The bénéficiaire's side after booking: their home shows the next rendez-vous and the date by which a first
 * exchange is due; the reminder goes out two days before, once; someone who finds no slot asks to be called back.
 */
class RappelsEtEspaceBeneficiaireIT extends PortailIT {

    private static final String CAMILLE = "camille.martin@demo.portail-cep.fr";

    @Autowired
    RappelsRendezVous rappels;

    @Autowired
    EnvoiCourriels envoi;

    @Autowired
    JdbcClient jdbc;

    @Test
    void l_accueil_du_beneficiaire_montre_son_prochain_rendez_vous_et_la_date_limite() {
        var page = petitTelephone();
        connecterDemo(page, "camille.martin");
        Pages.ouvrir(page, url("/mon-espace"));
        assertThat(page.locator("#carte-rendez-vous")).containsText("au plus tard le");
        // Her first booking opened her dossier: nothing engaged yet, and the conseiller of the rendez-vous shown.
        assertThat(page.locator("main")).containsText("Votre demande est bien enregistrée");
        assertThat(page.locator("main")).not().containsText("Votre étape précédente est terminée");
        Pages.verifierPage(page, "rendezvous/12-accueil-beneficiaire");
        Pages.verifierSansDefilementHorizontal(page, "accueil bénéficiaire");
        Pages.ouvrir(page, url("/mes-rendez-vous"));
        assertThat(page.locator("#echeance")).containsText("au plus tard le");
        assertThat(page.locator(".pc-rdv-a-venir")).hasCount(1);
        Pages.verifierPage(page, "rendezvous/13-mes-rendez-vous");
    }

    @Test
    void le_rappel_part_deux_jours_avant_une_seule_fois_et_les_taches_sont_en_base() {
        var debut = jdbc.sql("""
                select r.debut from rendez_vous r join beneficiaire b on b.id = r.beneficiaire_id
                where b.email = :email and r.statut = 'RESERVE'
                """).param("email", CAMILLE).query(java.sql.Timestamp.class).single().toInstant();
        var avant = rappelsRecus();
        horloge.regler(debut.minus(Duration.ofDays(3)));
        rappels.envoyer();
        envoi.envoyerEnAttente();
        horloge.regler(debut.minus(Duration.ofDays(2)).plus(Duration.ofMinutes(5)));
        assertThat(rappels.envoyer()).isPositive();
        assertThat(rappels.envoyer()).isZero();
        envoi.envoyerEnAttente();
        Awaitility.await("rappel reçu").atMost(Duration.ofSeconds(20)).until(() -> rappelsRecus() > avant);
        horloge.avancer(Duration.ofHours(3));
        rappels.envoyer();
        envoi.envoyerEnAttente();
        BoiteDEnvoi.attendreQueToutSoitParti(jdbc, CAMILLE);
        assertThat(rappelsRecus()).isEqualTo(avant + 1);
        var rappel = SmtpDeTest.pour(CAMILLE).stream().filter(m -> SmtpDeTest.sujet(m).startsWith("Rappel"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(Calendriers.lienGestion(rappel)).contains("/rendez-vous/gerer/");

        // The rounds are db-scheduler tasks kept in PostgreSQL (one instance at a time, resumed after a restart).
        assertThat(jdbc.sql("select task_name from scheduled_tasks").query(String.class).list())
                .contains("rappels-rendez-vous", "alertes-echeances");
    }

    @Test
    void sans_creneau_qui_convient_la_personne_demande_a_etre_rappelee() {
        var email = "nora.haddad@exemple.fr";
        var page = petitTelephone();
        PremierContact.jusquAuxCreneaux(page, url("/rendez-vous"), 2, 0, "51100");
        page.locator("#demander-rappel").click();
        page.waitForURL(Pattern.compile(".*/rendez-vous/rappel$"));
        Pages.attendreVaadin(page);
        // The call-back form is an HTML-first page (DD020): native fields.
        page.locator("#prenom").fill("Nora");
        page.locator("#nom").fill("Haddad");
        page.locator("#email").fill(email);
        page.locator("#telephone").fill("06 98 76 54 32");
        Pages.verifierPage(page, "rendezvous/14-rappel");
        page.locator("#envoyer-rappel").click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#rappel-enregistre")).isVisible();
        assertThat(page.locator("#rappel-courriel")).containsText(email);
        Pages.verifierPage(page, "rendezvous/15-rappel-enregistre");
        assertThat(jdbc.sql("""
                select count(*) from demande_rappel r join demande_premier_echange d on d.id = r.demande_id
                join beneficiaire b on b.id = d.beneficiaire_id
                where b.email = :email and r.statut = 'A_RAPPELER' and d.statut = 'OUVERTE'
                """).param("email", email).query(Long.class).single()).isEqualTo(1);
        assertThat(SmtpDeTest.sujet(SmtpDeTest.attendre(email, 1))).contains("rappel");
    }

    private static long rappelsRecus() {
        return SmtpDeTest.pour(CAMILLE).stream().filter(m -> SmtpDeTest.sujet(m).startsWith("Rappel")).count();
    }
}
