package fr.portailcep.satisfaction;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A one-tap answer link signed as the courriels sign them ({@link LiensAvis}), for the tests of its page. */
public final class LiensAvisDeTest {

    private LiensAvisDeTest() {
    }

    /** The path of a link for a survey of the demo (any answer, valid 30 days). */
    public static String chemin(ApplicationContext contexte, Instant maintenant) {
        var enquete = contexte.getBean(JdbcClient.class).sql("select id from enquete_satisfaction order by id limit 1")
                .query(UUID.class).optional().orElseGet(UUID::randomUUID);
        return CourrielsSatisfaction.cheminAvis(contexte.getBean(LiensAvis.class).jeton(enquete, Question.UTILITE,
                Niveau.PLUTOT_OUI, maintenant.plus(Duration.ofDays(30))));
    }
}
