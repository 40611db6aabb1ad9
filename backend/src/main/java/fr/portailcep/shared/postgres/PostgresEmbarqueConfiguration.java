package fr.portailcep.shared.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

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

    /** The role the application runs as (not the schema's owner). */
    public static final String ROLE_APPLICATION = "portail_app";

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
            arreterUnServeurOrphelin(dossier.toAbsolutePath());
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

    /**
     * A portal killed without its shutdown (kill -9, a crash) leaves its PostgreSQL running on the data directory,
     * and the next start would fail on "postmaster.pid already exists". When no other portal holds the directory
     * (zonky's lock file), such a server is an orphan of ours: stop it.
     */
    static void arreterUnServeurOrphelin(Path dossier) throws IOException {
        var verrou = dossier.resolve("epg-lock");
        if (!Files.exists(dossier.resolve("PG_VERSION"))) {
            // No database yet: initdb needs an empty directory (a lock file left alone there would stop it).
            Files.deleteIfExists(verrou);
            return;
        }
        try (var canal = FileChannel.open(verrou, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var tenu = canal.tryLock()) {
            if (tenu == null) {
                throw new IllegalStateException("Un autre portail utilise déjà " + dossier
                        + " : arrêtez-le, ou donnez un autre dossier (PORTAIL_DONNEES).");
            }
            var fichierPid = dossier.resolve("postmaster.pid");
            if (!Files.exists(fichierPid)) {
                return;
            }
            var lignes = Files.readAllLines(fichierPid);
            if (lignes.isEmpty()) {
                return;
            }
            var pid = Long.parseLong(lignes.getFirst().strip());
            var serveur = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
            if (serveur.isPresent()) {
                LOG.warn("Un PostgreSQL embarqué d’un lancement précédent tourne encore (pid {}) : arrêt.", pid);
                serveur.get().destroy();
                try {
                    serveur.get().onExit().get(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    serveur.get().destroyForcibly();
                }
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("Ce portail utilise déjà " + dossier, e);
        }
    }

    /**
     * The application runs as its own role, which owns nothing: it reads and writes the data but cannot change the
     * journals' past (afterMigrate.sql) nor the schema. The superuser {@code postgres} only migrates (Flyway).
     */
    @Bean
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres) throws SQLException {
        try (var connexion = postgres.getPostgresDatabase().getConnection(); var ordre = connexion.createStatement()) {
            ordre.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + ROLE_APPLICATION
                    + "') then create role " + ROLE_APPLICATION + " login; end if; end $$");
        }
        var configuration = new HikariConfig();
        configuration.setJdbcUrl(postgres.getJdbcUrl(ROLE_APPLICATION, "postgres"));
        configuration.setUsername(ROLE_APPLICATION);
        configuration.setPoolName("portail-embarque");
        configuration.setMaximumPoolSize(20);
        return new HikariDataSource(configuration);
    }

    /** The schema's owner, for Flyway only. */
    @Bean
    @FlywayDataSource
    DataSource proprietaireDuSchema(EmbeddedPostgres postgres) {
        var configuration = new HikariConfig();
        configuration.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        configuration.setUsername("postgres");
        configuration.setPoolName("portail-embarque-migrations");
        // Flyway holds a connection for its lock and works on others; idle ones close once migrated.
        configuration.setMaximumPoolSize(5);
        configuration.setMinimumIdle(0);
        configuration.setIdleTimeout(java.time.Duration.ofSeconds(10).toMillis());
        return new HikariDataSource(configuration);
    }

    @Bean
    FlywayConfigurationCustomizer roleDeLApplicationEmbarque() {
        return configuration -> DroitsDeLApplication.placer(configuration, ROLE_APPLICATION);
    }
}
