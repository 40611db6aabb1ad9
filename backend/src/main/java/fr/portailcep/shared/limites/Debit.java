package fr.portailcep.shared.limites;

import java.time.Duration;
import java.util.Objects;

/**
 * At most {@code nombre} actions per {@code periode}: a bucket of {@code nombre} tokens, refilled one by one over
 * the period (after a burst of {@code nombre}, the next one waits {@code periode / nombre}).
 */
public record Debit(long nombre, Duration periode) {

    public Debit {
        Objects.requireNonNull(periode);
        if (nombre < 1 || periode.isNegative() || periode.isZero()) {
            throw new IllegalArgumentException("Débit invalide : " + nombre + " par " + periode);
        }
    }

    public static Debit parMinutes(long nombre, long minutes) {
        return new Debit(nombre, Duration.ofMinutes(minutes));
    }

    public static Debit parHeure(long nombre) {
        return new Debit(nombre, Duration.ofHours(1));
    }

    public static Debit parJour(long nombre) {
        return new Debit(nombre, Duration.ofDays(1));
    }

    /** The same period, another count. */
    public Debit avecNombre(long autre) {
        return new Debit(autre, periode);
    }
}
