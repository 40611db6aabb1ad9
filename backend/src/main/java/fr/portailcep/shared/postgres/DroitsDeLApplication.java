package fr.portailcep.shared.postgres;

import java.util.HashMap;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two database roles (issue 8, finding 7): the schema's owner migrates ({@code spring.flyway.user}), the
 * application runs as another role ({@code spring.datasource.username}) that may read and write the data but
 * neither update nor delete the journals ({@code afterMigrate.sql} grants its rights after every migration). With
 * one role for both, the journals are still protected by their triggers, and a warning says so.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!(${portail.postgres-embarque.actif:false} and '${spring.datasource.url:}'.isEmpty())")
public class DroitsDeLApplication {

    private static final Logger LOG = LoggerFactory.getLogger(DroitsDeLApplication.class);

    /** Flyway's placeholder naming the application's role in {@code afterMigrate.sql}. */
    static final String PLACEHOLDER = "role_application";

    @Bean
    FlywayConfigurationCustomizer roleDeLApplication(@Value("${spring.flyway.user:}") String proprietaire,
            @Value("${spring.datasource.username:}") String application) {
        var deuxRoles = !proprietaire.isBlank() && !application.isBlank() && !proprietaire.equals(application);
        if (!deuxRoles) {
            LOG.warn("Un seul rôle PostgreSQL pour migrer et pour l’application : les journaux ne sont protégés que "
                    + "par leurs déclencheurs. Donnez à Flyway le propriétaire du schéma (SPRING_FLYWAY_USER) et à "
                    + "l’application un rôle à elle (SPRING_DATASOURCE_USERNAME), voir deploy/README.md.");
        }
        return configuration -> placer(configuration, deuxRoles ? application : "");
    }

    /** Sets the placeholder, keeping the others. */
    static void placer(FluentConfiguration configuration, String role) {
        var placeholders = new HashMap<>(configuration.getPlaceholders());
        placeholders.put(PLACEHOLDER, role);
        configuration.placeholders(placeholders);
    }
}
