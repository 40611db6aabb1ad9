package fr.portailcep.compte;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * Every night: sign-in requests expired for a day and sessions closed for 90 days are deleted. The journal of
 * sign-ins keeps the history.
 */
@Configuration(proxyBeanMethods = false)
class NettoyageConnexions {

    @Bean
    RecurringTask<Void> nettoyageConnexionsNocturne(ConnexionParCourriel connexion, JdbcClient jdbc,
            TransactionTemplate transaction, Clock horloge) {
        return Tasks.recurring("nettoyage-connexions", Schedules.daily(horloge.getZone(), LocalTime.of(3, 15)))
                .execute((instance, contexte) -> transaction.executeWithoutResult(statut -> {
                    connexion.purger();
                    jdbc.sql("delete from session_ouverte where coalesce(fermee_le, revoquee_le) < :avant")
                            .param("avant", Timestamp.from(horloge.instant().minus(Duration.ofDays(90))))
                            .update();
                }));
    }
}
