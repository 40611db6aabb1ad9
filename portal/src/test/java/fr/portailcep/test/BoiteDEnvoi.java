package fr.portailcep.test;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The facts that say the portal has finished writing to someone, read in the database instead of waited for: no
 * event publication still being handled (a listener may deposit a courriel) and no courriel to this address still
 * waiting in the outbox ({@code courriel_sortant}). A courriel leaves the waiting state only once the SMTP server
 * has accepted it, so after this wait the test SMTP server holds everything the portal will ever send to this
 * address for what happened before: a test can then assert that nothing more arrived.
 */
public final class BoiteDEnvoi {

    private BoiteDEnvoi() {
    }

    /** Waits until everything deposited for this address has been sent (the SMTP server must be up). */
    public static void attendreQueToutSoitParti(JdbcClient jdbc, String destinataire) {
        Awaitility.await("tout ce qui est déposé pour " + destinataire + " est parti").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> evenementsEnCours(jdbc) == 0 && enAttente(jdbc, destinataire) == 0);
    }

    /** How many courriels (waiting, sent or given up) the outbox holds for this address. */
    public static long deposes(JdbcClient jdbc, String destinataire) {
        return jdbc.sql("select count(*) from courriel_sortant where lower(destinataire) = lower(:email)")
                .param("email", destinataire).query(Long.class).single();
    }

    private static long enAttente(JdbcClient jdbc, String destinataire) {
        return jdbc.sql("""
                select count(*) from courriel_sortant where lower(destinataire) = lower(:email) and statut = 'EN_ATTENTE'
                """).param("email", destinataire).query(Long.class).single();
    }

    /** Spring Modulith's publications whose listener has not finished (a failed one is not waited for). */
    private static long evenementsEnCours(JdbcClient jdbc) {
        return jdbc.sql("""
                select count(*) from event_publication
                where completion_date is null and coalesce(status, 'PUBLISHED') <> 'FAILED'
                """).query(Long.class).single();
    }
}
