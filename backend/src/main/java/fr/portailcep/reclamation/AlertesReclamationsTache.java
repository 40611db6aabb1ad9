package fr.portailcep.reclamation;

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
 * The réclamation alerts round, at 7:40 and 13:40 (Paris time) every day unless
 * {@code portail.reclamation.alertes-heures} says otherwise: db-scheduler keeps its next run in PostgreSQL, runs it
 * on one instance at a time, and runs a round missed while the portal was stopped as soon as it starts again.
 */
@Configuration(proxyBeanMethods = false)
class AlertesReclamationsTache {

    @Bean
    RecurringTask<Void> alertesReclamationsRecurrent(AlertesReclamations alertes,
            @Value("${portail.fuseau-horaire:Europe/Paris}") ZoneId fuseau,
            @Value("${portail.reclamation.alertes-heures:07:40,13:40}") List<String> heures) {
        var horaires = heures.stream().map(String::strip).map(LocalTime::parse).toArray(LocalTime[]::new);
        return Tasks.recurring("alertes-reclamations", Schedules.daily(fuseau, horaires))
                .execute((instance, contexte) -> alertes.envoyer());
    }
}
