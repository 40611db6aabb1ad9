package fr.portailcep.reclamation;

import java.time.Instant;
import java.util.UUID;

/**
 * Published by the médiation feature when a person refers a réclamation to the médiateur (in the same transaction):
 * the réclamation records it (state, history, indicator 8.7). Declared here, since médiation depends on
 * réclamation and not the other way round (DD011).
 */
public record ReclamationPorteeAuMediateur(UUID reclamationId, UUID saisineId, Instant le) {
}
