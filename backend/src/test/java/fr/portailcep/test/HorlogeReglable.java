package fr.portailcep.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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
        return instant == null ? Instant.now() : instant;
    }

    /** Freezes the clock at this instant. */
    public void regler(Instant instant) {
        fixe.set(instant);
    }

    /** Moves the clock forward (freezing it at the current time first if needed). */
    public void avancer(Duration duree) {
        fixe.updateAndGet(instant -> (instant == null ? Instant.now() : instant).plus(duree));
    }

    public void reinitialiser() {
        fixe.set(null);
    }
}
