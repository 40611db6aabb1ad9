package fr.portailcep.satisfaction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import fr.portailcep.parcours.MotifCloture;
import fr.portailcep.parcours.UniteCloturee;
import fr.portailcep.parcours.UniteOeuvre;

/**
 * A survey for a person without walking through a closing, for the tests that only need one to exist (the rights
 * matrix, the corpus of inputs): the closing event as parcours publishes it, in a transaction.
 */
public final class EnquetesDeTest {

    private EnquetesDeTest() {
    }

    /** @return the id of the new survey */
    public static UUID creer(ApplicationContext contexte, UUID beneficiaire, UUID conseiller, UUID site) {
        var horloge = contexte.getBean(Clock.class);
        var unite = UUID.randomUUID();
        contexte.getBean(TransactionTemplate.class).executeWithoutResult(s -> contexte.publishEvent(
                new UniteCloturee(beneficiaire, unite, UniteOeuvre.UO1, MotifCloture.ABANDON, conseiller, site,
                        LocalDate.now(horloge), horloge.instant())));
        return contexte.getBean(JdbcClient.class).sql("select id from enquete_satisfaction where unite_id = :u")
                .param("u", unite).query(UUID.class).single();
    }
}
