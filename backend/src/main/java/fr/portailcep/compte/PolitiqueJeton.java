package fr.portailcep.compte;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The limits of sign-in by email, in one place so that they can be read and tested.
 * <ul>
 * <li>a code and its link live 15 minutes and serve once;</li>
 * <li>at most 3 codes per address per 15 minutes and 30 per network address per hour (no mail bombing);</li>
 * <li>after a wrong code, the next try waits a little longer each time; the 5th wrong code locks it for good
 * (a new code must be asked), so that 6 digits cannot be guessed.</li>
 * </ul>
 */
public record PolitiqueJeton(Duration dureeDeVie, int essaisMax, int demandesParAdresse, Duration fenetreAdresse,
        int demandesParReseau, Duration fenetreReseau, Duration dureeTicket) {

    public static final PolitiqueJeton PAR_DEFAUT = new PolitiqueJeton(Duration.ofMinutes(15), 5, 3,
            Duration.ofMinutes(15), 30, Duration.ofHours(1), Duration.ofMinutes(2));

    /**
     * The same policy with another limit per network address. Behind a reverse proxy that does not forward the
     * person's address, everybody shares one address: raise it, or better, forward the address.
     */
    public PolitiqueJeton avecDemandesParReseau(int demandes) {
        return new PolitiqueJeton(dureeDeVie, essaisMax, demandesParAdresse, fenetreAdresse, demandes, fenetreReseau,
                dureeTicket);
    }

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

    /**
     * @param plusAnciennes the time of the oldest request still inside the window, if the window is full
     * @return when a new request will be accepted, or empty if it is accepted now
     */
    public Optional<Instant> prochaineDemandePossible(long demandesRecentes, Instant plusAncienne, Duration fenetre,
            int maximum) {
        if (demandesRecentes < maximum || plusAncienne == null) {
            return Optional.empty();
        }
        return Optional.of(plusAncienne.plus(fenetre));
    }
}
