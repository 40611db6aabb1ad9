package fr.portailcep.reclamation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.portailcep.parcours.Personnes;
import fr.portailcep.shared.courriel.EnvoiCourriels;
import fr.portailcep.test.BoiteDEnvoi;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * Proof 2 of issue 11, with a controlled clock: a letter recorded with an earlier date of receipt has its due dates
 * counted from that date; the correspondant is alerted once for the late acknowledgement, then at J-10, J-3 and once
 * overdue; a second round (a restart, another instance) sends nothing more; an SMTP outage delays an alert without
 * losing it. The alerts name no one.
 */
class ReclamationsEcheancesIT extends PortailIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String MANAGER = "nadia.benali" + Personnes.DOMAINE;

    @Autowired
    ReclamationsService reclamations;

    @Autowired
    AlertesReclamations alertes;

    @Autowired
    EnvoiCourriels envoi;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void smtpRelance() {
        SmtpDeTest.redemarrer();
    }

    @Test
    void un_courrier_recu_plus_tot_compte_ses_delais_depuis_sa_reception_et_chaque_alerte_part_une_fois() {
        aller(LocalDate.of(2027, 3, 1));
        var personne = personnes.nouveauBeneficiaire("reclamation.echeances", "Hortense", "Delaunay");
        var courrier = personnes.enTantQue("nadia.benali", () -> reclamations.enregistrer(new ReclamationRecue(
                personne, CanalReclamation.COURRIER, LocalDate.of(2027, 2, 20), new NouvelleReclamation("ACCUEIL",
                        "Lettre reçue le 20 février, enregistrée le 1er mars.", null, List.of()))));
        var numero = courrier.numero();

        // The clocks start at the receipt written on the letter, not on the day it is recorded.
        assertThat(courrier.recueLe()).isEqualTo(LocalDate.of(2027, 2, 20));
        assertThat(courrier.accuseAvant()).isEqualTo(LocalDate.of(2027, 2, 27));
        assertThat(courrier.reponseAvant()).isEqualTo(LocalDate.of(2027, 4, 6));
        assertThat(courrier.etat()).isEqualTo(EtatReclamation.RECUE);
        assertThat(courrier.actes()).contains(ActeReclamation.ACCUSER_RECEPTION);
        var resume = personnes.enTantQue("nadia.benali", () -> reclamations.bureau()).stream()
                .filter(r -> r.id().equals(courrier.id())).findFirst().orElseThrow();
        assertThat(resume.echeance()).isEqualTo(LocalDate.of(2027, 2, 27));
        assertThat(resume.enRetard()).as("l’accusé devait partir avant le 27 février").isTrue();

        // The acknowledgement is late already: one alert, however many rounds.
        alertes.envoyer();
        alertes.envoyer();
        envoi.envoyerEnAttente();
        attendre(numero, "accusé de réception à envoyer");
        alertes.envoyer();
        envoi.envoyerEnAttente();
        BoiteDEnvoi.attendreQueToutSoitParti(jdbc, MANAGER);
        assertThat(alertesPour(numero, "accusé de réception à envoyer")).hasSize(1);
        assertThat(SmtpDeTest.corps(alertesPour(numero, "accusé").getFirst())).contains(numero)
                .doesNotContain("Delaunay").doesNotContain("Hortense");

        // Acknowledged in one click: the person is written to, the answer is now what is awaited.
        var accusee = personnes.enTantQue("nadia.benali", () -> reclamations.accuserReception(courrier.id()));
        assertThat(accusee.etat()).isEqualTo(EtatReclamation.ACCUSEE);
        assertThat(accusee.accuseLe()).isNotNull();
        envoi.envoyerEnAttente();
        var accuse = SmtpDeTest.attendreSujet("reclamation.echeances" + Personnes.DOMAINE, 0,
                "Nous avons bien reçu votre réclamation");
        assertThat(SmtpDeTest.corps(accuse)).contains(numero).contains("6 avril 2027");

        // Nothing the day before J-10.
        aller(LocalDate.of(2027, 3, 26));
        alertes.envoyer();
        envoi.envoyerEnAttente();
        BoiteDEnvoi.attendreQueToutSoitParti(jdbc, MANAGER);
        assertThat(alertesPour(numero, "(J-10)")).isEmpty();

        // J-10 (27 March, 10 calendar days before 6 April): once, a second round sends nothing more.
        aller(LocalDate.of(2027, 3, 27));
        alertes.envoyer();
        alertes.envoyer();
        envoi.envoyerEnAttente();
        attendre(numero, "(J-10)");
        alertes.envoyer();
        envoi.envoyerEnAttente();
        BoiteDEnvoi.attendreQueToutSoitParti(jdbc, MANAGER);
        assertThat(alertesPour(numero, "(J-10)")).hasSize(1);

        // J-3 during an SMTP outage: kept, retried, sent once the server is back.
        SmtpDeTest.arreter();
        aller(LocalDate.of(2027, 4, 3));
        alertes.envoyer();
        envoi.envoyerEnAttente();
        alertes.envoyer();
        assertThat(jdbc.sql("select statut from courriel_sortant where cle_idempotence like :cle")
                .param("cle", "reclamation:J3:" + courrier.id() + ":%").query(String.class).list())
                .isNotEmpty().allMatch("EN_ATTENTE"::equals);
        SmtpDeTest.redemarrer();
        horloge.avancer(Duration.ofHours(2));
        envoi.envoyerEnAttente();
        attendre(numero, "(J-3)");
        alertes.envoyer();
        envoi.envoyerEnAttente();
        BoiteDEnvoi.attendreQueToutSoitParti(jdbc, MANAGER);
        assertThat(alertesPour(numero, "(J-3)")).hasSize(1);

        // Overdue, the day after the due date: once; and the person may now go to the médiateur.
        aller(LocalDate.of(2027, 4, 7));
        alertes.envoyer();
        alertes.envoyer();
        envoi.envoyerEnAttente();
        attendre(numero, "en retard");
        BoiteDEnvoi.attendreQueToutSoitParti(jdbc, MANAGER);
        assertThat(alertesPour(numero, "en retard")).hasSize(1);
        assertThat(alertesPour(numero, "(J-10)")).as("rien de renvoyé après le redémarrage du serveur").isEmpty();
        assertThat(alertesPour(numero, "accusé de réception à envoyer")).isEmpty();
        assertThat(jdbc.sql("select palier from alerte_reclamation where reclamation_id = :id order by emise_le")
                .param("id", courrier.id()).query(String.class).list()).containsExactly("ACCUSE", "J10", "J3", "RETARD");
        assertThat(personnes.enTantQue("reclamation.echeances", () -> reclamations.parId(courrier.id())).actes())
                .containsExactly(ActeReclamation.SAISIR_MEDIATEUR);
    }

    @Test
    void une_reception_dans_le_futur_ou_de_plus_d_un_an_est_refusee_a_cote_du_champ() {
        aller(LocalDate.of(2027, 3, 1));
        var personne = personnes.nouveauBeneficiaire("reclamation.dates", "Paul", "Dates");
        for (var recue : List.of(LocalDate.of(2027, 3, 2), LocalDate.of(2026, 2, 28))) {
            var refus = org.assertj.core.api.Assertions.catchThrowableOfType(
                    fr.portailcep.shared.SaisieRefusee.class,
                    () -> personnes.enTantQue("nadia.benali", () -> reclamations.enregistrer(new ReclamationRecue(
                            personne, CanalReclamation.COURRIEL, recue,
                            new NouvelleReclamation("ACCUEIL", "Faits", null, List.of())))));
            assertThat(refus).as("reçue le " + recue).isNotNull();
            assertThat(refus.erreurs()).containsOnlyKeys("recueLe");
        }
    }

    private void aller(LocalDate jour) {
        horloge.regler(jour.atTime(LocalTime.of(10, 0)).atZone(PARIS).toInstant());
    }

    private static List<MimeMessage> alertesPour(String numero, String motCle) {
        return SmtpDeTest.pour(MANAGER).stream()
                .filter(m -> SmtpDeTest.sujet(m).contains(motCle) && SmtpDeTest.corps(m).contains(numero))
                .toList();
    }

    private static void attendre(String numero, String motCle) {
        Awaitility.await("alerte « " + motCle + " » pour " + numero).atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200)).until(() -> !alertesPour(numero, motCle).isEmpty());
    }
}
