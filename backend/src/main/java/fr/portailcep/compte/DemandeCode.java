package fr.portailcep.compte;

import java.time.Instant;
import java.util.UUID;

/** The answer to "send me a code". It never says whether an account exists for the address. */
public sealed interface DemandeCode {

    /** A courriel is on its way; the code typed on this screen is checked against {@code jeton}. */
    record Envoyee(UUID jeton, String email, Instant expireLe) implements DemandeCode {
    }

    /** Too many codes asked lately, from this address or this network. */
    record TropDeDemandes(Instant reessayerApres) implements DemandeCode {
    }

    /**
     * Sign-in by email is suspended for this address after repeated wrong codes ({@link PolitiqueVerrou}). Said the
     * same way whether an account exists or not.
     */
    record Verrouillee(Instant jusqua) implements DemandeCode {
    }
}
