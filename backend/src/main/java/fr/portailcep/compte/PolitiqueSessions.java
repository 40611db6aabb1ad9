package fr.portailcep.compte;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a session lives, in one place so that it can be read and tested. A session ends after
 * {@code inactivite} without a request from the person (Vaadin's heartbeat, which an open tab sends by itself,
 * does not count) and after {@code dureeMax} whatever happens, so that a forgotten tab or a stolen session cookie
 * does not stay valid. Staff have values of their own ({@code portail.sessions.pros.*}); by default the same: a
 * conseiller may spend the whole of a 45-minute rendez-vous without touching the screen, and signs back in with a
 * passkey in a second; an operator whose staff share computers may shorten it.
 * <p>
 * Adding a passkey needs an authentication within {@code authentificationRecente} in this session: sign-in, or a
 * confirmation by code or passkey.
 */
public record PolitiqueSessions(Duration inactivite, Duration dureeMax, Duration inactivitePros,
        Duration dureeMaxPros, Duration authentificationRecente) {

    public static final PolitiqueSessions PAR_DEFAUT = new PolitiqueSessions(Duration.ofMinutes(30),
            Duration.ofHours(12), Duration.ofMinutes(30), Duration.ofHours(12), Duration.ofMinutes(10));

    /** Why a session ends before the person signs out. */
    public enum Fin {
        /** Closed from another device, or by a manager (access reset, account deactivated). */
        FERMEE,
        INACTIVITE,
        DUREE
    }

    /**
     * @param professionnel the session of a conseiller, manager or médiateur
     * @return why the session is over at {@code maintenant}, or empty if it goes on
     */
    public Optional<Fin> fin(boolean professionnel, Instant ouverteLe, Instant derniereActivite, Instant maintenant) {
        var duree = professionnel ? dureeMaxPros : dureeMax;
        var repos = professionnel ? inactivitePros : inactivite;
        if (!maintenant.isBefore(ouverteLe.plus(duree))) {
            return Optional.of(Fin.DUREE);
        }
        if (!maintenant.isBefore(derniereActivite.plus(repos))) {
            return Optional.of(Fin.INACTIVITE);
        }
        return Optional.empty();
    }

    public boolean authentificationRecente(Instant authentifieeLe, Instant maintenant) {
        return authentifieeLe != null && maintenant.isBefore(authentifieeLe.plus(authentificationRecente));
    }
}
