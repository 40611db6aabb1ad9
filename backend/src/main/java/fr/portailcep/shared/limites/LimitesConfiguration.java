package fr.portailcep.shared.limites;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * The limits read from the configuration, and their buckets in PostgreSQL (table {@code limite_debit}), shared by
 * every instance of the portal (docs/decisions/DD008).
 */
@Configuration(proxyBeanMethods = false)
class LimitesConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(LimitesConfiguration.class);

    /** Only the settings given override {@link LimitesDebit#PAR_DEFAUT}. */
    @Bean
    LimitesDebit limitesDebit(@Value("${portail.connexion.codes-par-reseau-par-heure:#{null}}") Long codes,
            @Value("${portail.limites.inscriptions-par-reseau-par-heure:#{null}}") Long inscriptions,
            @Value("${portail.limites.reservations-par-reseau-par-heure:#{null}}") Long reservations,
            @Value("${portail.limites.rappels-par-reseau-par-heure:#{null}}") Long rappels,
            @Value("${portail.limites.aiguillages-par-reseau-par-heure:#{null}}") Long aiguillages,
            @Value("${portail.limites.aiguillages-par-jour:#{null}}") Long aiguillagesParJour,
            @Value("${portail.limites.reseaux-exemptes:}") List<String> exemptes) {
        var limites = LimitesDebit.PAR_DEFAUT;
        if (codes != null) {
            limites = limites.avecParReseau(ActionLimitee.CODE_CONNEXION, codes);
        }
        if (inscriptions != null) {
            limites = limites.avecParReseau(ActionLimitee.INSCRIPTION, inscriptions);
        }
        if (reservations != null) {
            limites = limites.avecParReseau(ActionLimitee.RESERVATION, reservations);
        }
        if (rappels != null) {
            limites = limites.avecParReseau(ActionLimitee.RAPPEL, rappels);
        }
        if (aiguillages != null) {
            limites = limites.avecParReseau(ActionLimitee.AIGUILLAGE, aiguillages);
        }
        if (aiguillagesParJour != null) {
            limites = limites.avecTousReseaux(ActionLimitee.AIGUILLAGE, aiguillagesParJour);
        }
        var reseaux = new HashSet<String>();
        exemptes.stream().map(String::strip).filter(r -> !r.isEmpty()).forEach(reseaux::add);
        if (!reseaux.isEmpty()) {
            LOG.warn("Adresses réseau sans limite par réseau : {}", reseaux);
        }
        return limites.avecReseauxExemptes(reseaux);
    }

    /**
     * A pool of a few connections of its own: a limit is checked inside a service's transaction, which already
     * holds a connection of the main pool; taking a second one there could wait forever once every connection of
     * the main pool is held by such a transaction.
     */
    @Bean(destroyMethod = "close")
    ConnexionsLimites connexionsLimites(DataSource principale) throws SQLException {
        if (principale.isWrapperFor(HikariDataSource.class)) {
            var configuration = new HikariConfig();
            principale.unwrap(HikariDataSource.class).copyStateTo(configuration);
            configuration.setPoolName("portail-limites");
            configuration.setMaximumPoolSize(4);
            configuration.setMinimumIdle(1);
            configuration.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
            configuration.setMetricRegistry(null);
            configuration.setHealthCheckRegistry(null);
            return new ConnexionsLimites(new HikariDataSource(configuration), true);
        }
        return new ConnexionsLimites(principale, false);
    }

    @Bean
    PostgreSQLSelectForUpdateBasedProxyManager<String> seauxLimites(ConnexionsLimites connexions, Clock horloge) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(connexions.source())
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("limite_debit")
                .idColumn("cle")
                .stateColumn("etat")
                .expiresAtColumn("expire_le")
                .clientClock(mesure(horloge))
                // A bucket full again for five minutes is the same as no bucket: its row may go.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(5)))
                .build();
    }

    @Bean
    Limiteur limiteur(LimitesDebit limites, PostgreSQLSelectForUpdateBasedProxyManager<String> seaux, Clock horloge) {
        return new Limiteur(limites, (cle, configuration) -> seaux.builder().build(cle, () -> configuration), horloge);
    }

    /** Every night, the rows of buckets full again for a while are deleted. */
    @Bean
    RecurringTask<Void> purgeLimitesDebit(PostgreSQLSelectForUpdateBasedProxyManager<String> seaux, Clock horloge) {
        return Tasks.recurring("purge-limites-debit", Schedules.daily(horloge.getZone(), LocalTime.of(3, 40)))
                .execute((instance, contexte) -> {
                    int supprimees;
                    do {
                        supprimees = seaux.removeExpired(1_000);
                    } while (supprimees == 1_000);
                });
    }

    /** Bucket4j's time is the application's clock (a test moves it instead of waiting). */
    static TimeMeter mesure(Clock horloge) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                var instant = horloge.instant();
                return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** The connections the buckets use; closed with the application when they are a pool of their own. */
    record ConnexionsLimites(DataSource source, boolean propre) implements AutoCloseable {

        @Override
        public void close() {
            if (propre && source instanceof HikariDataSource pool) {
                pool.close();
            }
        }
    }
}
