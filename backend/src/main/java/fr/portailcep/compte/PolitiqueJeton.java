package fr.portailcep.compte;

import java.time.Duration;

/**
 * The limits of sign-in by email, in one place so that they can be read and tested.
 * <ul>
 * <li>a code and its link live 15 minutes and serve once;</li>
 * <li>how many codes may be asked, per address and per network, is in {@code shared.limites.LimitesDebit};</li>
 * <li>after a wrong code, the next try waits a little longer each time; the 5th wrong code locks it for good
 * (a new code must be asked), so that 6 digits cannot be guessed.</li>
 * </ul>
 */
public record PolitiqueJeton(Duration dureeDeVie, int essaisMax, Duration dureeTicket) {

    public static final PolitiqueJeton PAR_DEFAUT = new PolitiqueJeton(Duration.ofMinutes(15), 5,
            Duration.ofMinutes(2));

    /** How long to wait after {@code essaisRates} wrong codes before the next try is looked at. */
    public Duration attenteApres(int essaisRates) {
        return switch (essaisRates) {
            case 0, 1 -> Duration.ZERO;
            case 2 -> Duration.ofSeconds(2);
            case 3 -> Duration.ofSeconds(5);
            default -> Duration.ofSeconds(15);
        };
    }

    public boolean estBloque(int essaisRates) {
        return essaisRates >= essaisMax;
    }

    public int essaisRestants(int essaisRates) {
        return Math.max(essaisMax - essaisRates, 0);
    }
}
