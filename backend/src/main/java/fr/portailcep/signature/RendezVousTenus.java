package fr.portailcep.signature;

import java.util.Optional;
import java.util.UUID;

/**
 * A read the enrolment needs from the rendez-vous feature without depending on it: a rendez-vous that was held,
 * with its conseiller and the account of the person met.
 */
public interface RendezVousTenus {

    /** A held rendez-vous ({@code HONORE}); empty when it does not exist or was not held. */
    Optional<RendezVousTenu> tenu(UUID rendezVousId);

    /** @param compteBeneficiaire the account of the person met, null when they have none */
    record RendezVousTenu(UUID id, UUID conseillerId, UUID beneficiaireId, UUID compteBeneficiaire) {
    }
}
