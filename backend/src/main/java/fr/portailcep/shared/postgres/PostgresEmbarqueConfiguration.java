package fr.portailcep.shared.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

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
