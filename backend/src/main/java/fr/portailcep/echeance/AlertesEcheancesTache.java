package fr.portailcep.echeance;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * The alerts round, at 7:30 and 13:30 (Paris time) every day unless {@code portail.echeance.alertes-heures} says
 * otherwise: db-scheduler keeps its next run in PostgreSQL, runs
 * it on one instance at a time, and runs a round missed while the portal was stopped as soon as it starts again.
 */
@Configuration(proxyBeanMethods = false)
class AlertesEcheancesTache {

    @Bean
    RecurringTask<Void> alertesEcheancesRecurrent(AlertesEcheances alertes,
            @Value("${portail.fuseau-horaire:Europe/Paris}") ZoneId fuseau,
            @Value("${portail.echeance.alertes-heures:07:30,13:30}") List<String> heures) {
        var horaires = heures.stream().map(String::strip).map(LocalTime::parse).toArray(LocalTime[]::new);
        return Tasks.recurring("alertes-echeances", Schedules.daily(fuseau, horaires))
                .execute((instance, contexte) -> alertes.envoyer());
    }
}
