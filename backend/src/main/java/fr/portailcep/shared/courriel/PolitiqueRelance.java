package fr.portailcep.shared.courriel;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try again after a failed send. The delay doubles from 30 seconds up to 30 minutes, and a message is
 * given up only after three days of failures: a mail server that is down for a night delays messages, it does not
 * lose them.
 */
public record PolitiqueRelance(Duration premierDelai, Duration delaiMaximal, Duration abandonApres) {

    public static final PolitiqueRelance PAR_DEFAUT =
            new PolitiqueRelance(Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofDays(3));

    /**
     * @param tentatives the number of failed attempts so far, this one included (1 after the first failure)
     * @return the time of the next attempt, or empty when the message must be given up
     */
    public Optional<Instant> prochaineTentative(Instant deposeLe, int tentatives, Instant maintenant) {
        if (!maintenant.isBefore(deposeLe.plus(abandonApres))) {
            return Optional.empty();
        }
        var exposant = Math.min(Math.max(tentatives - 1, 0), 20);
        var delai = premierDelai.multipliedBy(1L << exposant);
        if (delai.compareTo(delaiMaximal) > 0) {
            delai = delaiMaximal;
        }
        return Optional.of(maintenant.plus(delai));
    }
}
