package fr.portailcep.parcours;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * The jobs of the parcours, on db-scheduler (one instance at a time, resumed after a restart). Their logic is in
 * service methods, idempotent, tested with the adjustable clock.
 */
@Configuration(proxyBeanMethods = false)
class ParcoursTaches {

    /** Closes as abandon the units whose period has ended. */
    @Bean
    RecurringTask<Void> clotureUnitesEchues(ClotureDesUnitesEchues cloture,
            @Value("${portail.parcours.cloture-toutes-les:PT1H}") Duration periode) {
        return Tasks.recurring("cloture-unites-echues", FixedDelay.of(periode))
                .execute((instance, contexte) -> cloture.cloreUnitesEchues());
    }

    /** Reminds the person of actions of their plan past their due date (once per due date). */
    @Bean
    RecurringTask<Void> relanceActionsEnRetard(PlanActionsService plan,
            @Value("${portail.parcours.relance-toutes-les:PT1H}") Duration periode) {
        return Tasks.recurring("relance-actions-en-retard", FixedDelay.of(periode))
                .execute((instance, contexte) -> plan.relancerActionsEnRetard());
    }
}
