package fr.portailcep.echeance;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What the clock needs to know from the agenda, without depending on it: the next rendez-vous planned for each
 * open request. Implemented by the rendez-vous feature.
 */
public interface RendezVousPrevus {

    /** The start of the next live rendez-vous of each request that has one. */
    Map<UUID, Instant> prochains(Collection<UUID> demandes);
}
