package fr.portailcep.shared.courriel;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * The periodic round that sends what the after-commit trigger could not (server down, restart in between).
 * db-scheduler runs it on one instance at a time and keeps its schedule in PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class EnvoiCourrielsTache {

    @Bean
    RecurringTask<Void> envoiCourrielsRecurrent(EnvoiCourriels envoi,
            @Value("${portail.courriel.releve-toutes-les:PT30S}") Duration periode) {
        return Tasks.recurring("envoi-courriels", FixedDelay.of(periode))
                .execute((instance, contexte) -> envoi.envoyerEnAttente());
    }
}
