package fr.portailcep.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the demo data sets not loaded yet, at start-up, in the demo profile only. */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class ChargementDemo {

    private static final Logger LOG = LoggerFactory.getLogger(ChargementDemo.class);

    @Bean
    ApplicationRunner chargerDonneesDemo(List<JeuDeDonneesDemo> jeux, JdbcClient jdbc, TransactionTemplate transaction,
            Clock horloge) {
        return arguments -> jeux.stream().sorted(Comparator.comparingInt(JeuDeDonneesDemo::ordre)).forEach(jeu ->
                transaction.executeWithoutResult(statut -> {
                    // The lock makes two instances starting together load each set once.
                    jdbc.sql("lock table demo_chargement in exclusive mode").update();
                    var deja = jdbc.sql("select count(*) from demo_chargement where nom = :nom")
                            .param("nom", jeu.nom()).query(Long.class).single() > 0;
                    if (!deja) {
                        jeu.charger();
                        jdbc.sql("insert into demo_chargement (nom, charge_le) values (:nom, :maintenant)")
                                .param("nom", jeu.nom()).param("maintenant", Timestamp.from(horloge.instant()))
                                .update();
                        LOG.info("Données de démonstration chargées : {}", jeu.nom());
                    }
                }));
    }
}
