package fr.portailcep.compte;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The account-level lock of sign-in by email. Each code locks itself after 5 wrong tries, but an attacker can ask
 * for another: this lock counts the wrong codes typed for one address, whatever the code they were typed against.
 * By default, 10 wrong codes within an hour lock sign-in by email for that address for an hour (no code is sent,
 * no code nor link of a courriel already received is accepted); the person is told once by courriel. Passkeys
 * still work. So at most about ten guesses an hour reach a 6-digit code: one chance in 100,000.
 *
 * @param echecsMax wrong codes that lock the address
 * @param fenetre the time those wrong codes are counted in, from the first one
 * @param duree how long the lock lasts
 */
public record PolitiqueVerrou(int echecsMax, Duration fenetre, Duration duree) {

    public static final PolitiqueVerrou PAR_DEFAUT = new PolitiqueVerrou(10, Duration.ofHours(1), Duration.ofHours(1));

    /**
     * What is known of an address.
     *
     * @param echecs wrong codes counted since {@code premierEchecLe}
     * @param premierEchecLe the first wrong code of the current window, or null
     * @param verrouilleJusqua the end of the last lock, or null
     */
    public record Etat(int echecs, Instant premierEchecLe, Instant verrouilleJusqua) {

        public static final Etat NEUF = new Etat(0, null, null);
    }

    /** The end of the lock, if the address is locked now. */
    public Optional<Instant> verrouJusqua(Etat etat, Instant maintenant) {
        return etat.verrouilleJusqua() != null && maintenant.isBefore(etat.verrouilleJusqua())
                ? Optional.of(etat.verrouilleJusqua())
                : Optional.empty();
    }

    /** The state after one more wrong code; the count starts again after a lock or when the window is over. */
    public Etat apresEchec(Etat etat, Instant maintenant) {
        if (verrouJusqua(etat, maintenant).isPresent()) {
            return etat;
        }
        var nouvelleFenetre = etat.premierEchecLe() == null
                || !maintenant.isBefore(etat.premierEchecLe().plus(fenetre));
        var echecs = nouvelleFenetre ? 1 : etat.echecs() + 1;
        var debut = nouvelleFenetre ? maintenant : etat.premierEchecLe();
        if (echecs >= echecsMax) {
            return new Etat(0, null, maintenant.plus(duree));
        }
        return new Etat(echecs, debut, etat.verrouilleJusqua());
    }

    /** True when this wrong code is the one that locks the address (the moment to tell the person). */
    public boolean vientDeVerrouiller(Etat avant, Etat apres, Instant maintenant) {
        return verrouJusqua(avant, maintenant).isEmpty() && verrouJusqua(apres, maintenant).isPresent();
    }
}
