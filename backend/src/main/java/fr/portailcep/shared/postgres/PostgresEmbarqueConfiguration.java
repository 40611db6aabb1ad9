package fr.portailcep.shared.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL started inside the application (zonky's embedded binaries), for the out-of-the-box run and
 * the tests. Active when {@code portail.postgres-embarque.actif=true} and no {@code spring.datasource.url} is set:
 * setting {@code SPRING_DATASOURCE_URL} (and its user and password) points the portal at a real server instead.
 * <p>
 * Its data stays in {@code portail.postgres-embarque.dossier} across restarts, unless
 * {@code portail.postgres-embarque.neuf=true} (tests) starts from an empty database each time.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("${portail.postgres-embarque.actif:false} and '${spring.datasource.url:}'.isEmpty()")
public class PostgresEmbarqueConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresEmbarqueConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres postgresEmbarque(@Value("${portail.postgres-embarque.dossier:data/postgres}") Path dossier,
            @Value("${portail.postgres-embarque.neuf:false}") boolean neuf,
            @Value("${portail.postgres-embarque.port:0}") int port) throws IOException {
        var constructeur = EmbeddedPostgres.builder()
                .setCleanDataDirectory(neuf)
                // Spring stops it (destroyMethod) after the beans that still need it, not a JVM hook racing them.
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("fsync", neuf ? "off" : "on")
                .setServerConfig("synchronous_commit", neuf ? "off" : "on");
        if (!neuf) {
            Files.createDirectories(dossier);
            constructeur.setDataDirectory(dossier.toAbsolutePath());
        }
        if (port > 0) {
            constructeur.setPort(port);
        }
        var postgres = constructeur.start();
        LOG.info("PostgreSQL embarqué sur le port {}{}", postgres.getPort(),
                neuf ? " (base neuve)" : ", données dans " + dossier.toAbsolutePath());
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        var configuration = new HikariConfig();
        configuration.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        configuration.setUsername("postgres");
        configuration.setPoolName("portail-embarque");
        configuration.setMaximumPoolSize(20);
        return new HikariDataSource(configuration);
    }
}
