package fr.portailcep.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests can set and move forward. Until set, it follows the system clock; {@link #reinitialiser()} returns
 * to that, so that one test's time does not leak into the next.
 */
public class HorlogeReglable extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Instant> fixe = new AtomicReference<>();

    public HorlogeReglable(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId autre) {
        var copie = new HorlogeReglable(autre);
        copie.fixe.set(fixe.get());
        return copie;
    }

    @Override
    public Instant instant() {
        var instant = fixe.get();
        return instant == null ? maintenant() : instant;
    }

    /** Freezes the clock at this instant (to the microsecond, as PostgreSQL stores it). */
    public void regler(Instant instant) {
        fixe.set(instant.truncatedTo(ChronoUnit.MICROS));
    }

    /** Moves the clock forward (freezing it at the current time first if needed). */
    public void avancer(Duration duree) {
        fixe.updateAndGet(instant -> (instant == null ? maintenant() : instant).plus(duree).truncatedTo(ChronoUnit.MICROS));
    }

    private static Instant maintenant() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public void reinitialiser() {
        fixe.set(null);
    }
}
