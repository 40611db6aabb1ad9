package fr.portailcep.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.portailcep.shared.courriel.Courriel;
import fr.portailcep.shared.courriel.Courrier;
import fr.portailcep.shared.courriel.EnvoiCourriels;
import fr.portailcep.test.BoiteDEnvoi;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/** A mail server that is down delays courriels, loses none, and sends none twice. */
class CourrielsIT extends PortailIT {

    @Autowired
    Courrier courrier;

    @Autowired
    EnvoiCourriels envoi;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void serveurRedemarre() {
        SmtpDeTest.redemarrer();
    }

    @Test
    void un_courriel_depose_pendant_une_panne_part_une_fois_quand_le_serveur_revient() throws Exception {
        var email = "panne.smtp@exemple.fr";
        SmtpDeTest.arreter();
        assertThat(courrier.deposer(Courriel.a(email).sujet("Rappel").paragraphe("Votre rendez-vous est demain.")
                .cleIdempotence("test-panne:1"))).isTrue();

        // The after-commit attempt fails: the courriel waits, with its error.
        attendreQue(() -> tentatives(email) >= 1);
        assertThat(statut(email)).isEqualTo("EN_ATTENTE");
        assertThat(SmtpDeTest.pour(email)).isEmpty();

        // The same courriel deposited again (a job that runs twice) is ignored.
        assertThat(courrier.deposer(Courriel.a(email).sujet("Rappel").paragraphe("Votre rendez-vous est demain.")
                .cleIdempotence("test-panne:1"))).isFalse();

        SmtpDeTest.redemarrer();
        horloge.avancer(Duration.ofMinutes(5));
        envoi.envoyerEnAttente();
        SmtpDeTest.attendre(email, 1);
        attendreQue(() -> "ENVOYE".equals(statut(email)));
        // A second round once it is sent (run here, not waited for) finds nothing left to send to this address.
        envoi.envoyerEnAttente();
        BoiteDEnvoi.attendreQueToutSoitParti(jdbc, email);
        assertThat(BoiteDEnvoi.deposes(jdbc, email)).isEqualTo(1);
        assertThat(SmtpDeTest.pour(email)).hasSize(1);
        assertThat(SmtpDeTest.corps(SmtpDeTest.pour(email).getFirst())).contains("médiateur de France compétences");
    }

    @Test
    void une_piece_jointe_part_avec_son_courriel() throws Exception {
        var email = "piece.jointe@exemple.fr";
        courrier.deposer(Courriel.a(email).sujet("Votre rendez-vous").paragraphe("Le voici.")
                .pieceJointe("rendez-vous.ics", "text/calendar; charset=UTF-8; method=REQUEST",
                        "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes()));
        var message = SmtpDeTest.attendre(email, 1);
        assertThat(SmtpDeTest.corps(message)).contains("rendez-vous.ics").contains("BEGIN:VCALENDAR");
    }

    @Test
    void envoye_il_ne_garde_que_sa_trace_qui_s_efface_apres_le_delai_de_conservation() throws Exception {
        var email = "trace.seule@exemple.fr";
        courrier.deposer(Courriel.a(email).sujet("Votre rendez-vous").paragraphe("Le voici.")
                .pieceJointe("rendez-vous.ics", "text/calendar; charset=UTF-8", "BEGIN:VCALENDAR\r\n".getBytes()));
        SmtpDeTest.attendre(email, 1);
        attendreQue(() -> "ENVOYE".equals(statut(email)));

        // What support needs stays; the body and the attachment are gone.
        var trace = jdbc.sql("""
                select sujet, envoye_le, clos_le, tentatives, texte, html, texte_chiffre, html_chiffre,
                  (select count(*) from courriel_piece_jointe p where p.courriel_id = c.id) as pieces
                from courriel_sortant c where destinataire = :email
                """).param("email", email).query().singleRow();
        assertThat(trace.get("sujet")).isEqualTo("Votre rendez-vous");
        assertThat(trace.get("envoye_le")).isNotNull();
        assertThat(trace.get("clos_le")).isNotNull();
        assertThat(trace.get("tentatives")).isEqualTo(1);
        assertThat(trace).containsEntry("texte", null).containsEntry("html", null)
                .containsEntry("texte_chiffre", null).containsEntry("html_chiffre", null).containsEntry("pieces", 0L);

        // Kept for the retention delay (7 days), then deleted by the nightly purge.
        horloge.avancer(Duration.ofDays(6));
        envoi.purger();
        assertThat(statut(email)).isEqualTo("ENVOYE");
        horloge.avancer(Duration.ofDays(2));
        assertThat(envoi.purger()).isPositive();
        assertThat(jdbc.sql("select count(*) from courriel_sortant where destinataire = :email").param("email", email)
                .query(Long.class).single()).isZero();
    }

    private String statut(String email) {
        return jdbc.sql("select statut from courriel_sortant where destinataire = :email").param("email", email)
                .query(String.class).single();
    }

    private int tentatives(String email) {
        return jdbc.sql("select tentatives from courriel_sortant where destinataire = :email").param("email", email)
                .query(Integer.class).single();
    }

    private static void attendreQue(java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(condition);
    }
}
