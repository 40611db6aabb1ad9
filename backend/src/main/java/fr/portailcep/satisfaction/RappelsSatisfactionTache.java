package fr.portailcep.satisfaction;

import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/** The reminders round, once a day at 10:00 (Paris time) unless {@code portail.satisfaction.rappels-heure} says. */
@Configuration(proxyBeanMethods = false)
class RappelsSatisfactionTache {

    @Bean
    RecurringTask<Void> rappelsSatisfactionRecurrent(RappelsSatisfaction rappels,
            @Value("${portail.fuseau-horaire:Europe/Paris}") ZoneId fuseau,
            @Value("${portail.satisfaction.rappels-heure:10:00}") String heure) {
        return Tasks.recurring("rappels-satisfaction", Schedules.daily(fuseau, LocalTime.parse(heure.strip())))
                .execute((instance, contexte) -> rappels.envoyer());
    }
}
