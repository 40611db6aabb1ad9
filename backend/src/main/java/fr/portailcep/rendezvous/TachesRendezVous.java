package fr.portailcep.rendezvous;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** The reminders round, every quarter of an hour, on one instance at a time (db-scheduler, in PostgreSQL). */
@Configuration(proxyBeanMethods = false)
class TachesRendezVous {

    @Bean
    RecurringTask<Void> rappelsRendezVousRecurrent(RappelsRendezVous rappels,
            @Value("${portail.rendez-vous.rappels-toutes-les:PT15M}") Duration periode) {
        return Tasks.recurring("rappels-rendez-vous", FixedDelay.of(periode))
                .execute((instance, contexte) -> rappels.envoyer());
    }
}
