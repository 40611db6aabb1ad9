package fr.portailcep.echeance;

import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * The alerts round, at 7:30 and 13:30 (Paris time) every day: db-scheduler keeps its next run in PostgreSQL, runs
 * it on one instance at a time, and runs a round missed while the portal was stopped as soon as it starts again.
 */
@Configuration(proxyBeanMethods = false)
class AlertesEcheancesTache {

    @Bean
    RecurringTask<Void> alertesEcheancesRecurrent(AlertesEcheances alertes,
            @Value("${portail.fuseau-horaire:Europe/Paris}") ZoneId fuseau) {
        return Tasks.recurring("alertes-echeances", Schedules.daily(fuseau, LocalTime.of(7, 30), LocalTime.of(13, 30)))
                .execute((instance, contexte) -> alertes.envoyer());
    }
}
