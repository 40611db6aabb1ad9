package fr.portailcep.shared.courriel;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * The periodic round that sends what the after-commit trigger could not (server down, restart in between), and the
 * nightly purge of the courriels sent or given up. db-scheduler runs each on one instance at a time and keeps its
 * schedule in PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class EnvoiCourrielsTache {

    @Bean
    RecurringTask<Void> envoiCourrielsRecurrent(EnvoiCourriels envoi,
            @Value("${portail.courriel.releve-toutes-les:PT30S}") Duration periode) {
        return Tasks.recurring("envoi-courriels", FixedDelay.of(periode))
                .execute((instance, contexte) -> envoi.envoyerEnAttente());
    }

    @Bean
    RecurringTask<Void> nettoyageCourrielsNocturne(EnvoiCourriels envoi, Clock horloge) {
        return Tasks.recurring("nettoyage-courriels", Schedules.daily(horloge.getZone(), LocalTime.of(3, 25)))
                .execute((instance, contexte) -> envoi.purger());
    }
}
