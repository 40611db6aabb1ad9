package fr.portailcep.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. Rules never call {@code now()}: they receive this clock (or a date read from
 * it), so that tests can move time forward.
 */
@Configuration(proxyBeanMethods = false)
class HorlogeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock horloge(@Value("${portail.fuseau-horaire:Europe/Paris}") ZoneId fuseau) {
        // Microseconds, as PostgreSQL stores them: an instant read back equals the one written.
        return Clock.tick(Clock.system(fuseau), Duration.ofNanos(1_000));
    }
}
