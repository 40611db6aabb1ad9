package fr.portailcep.mediation;

import java.util.UUID;

/**
 * The person refers a réclamation to the médiateur: the réclamation, its answer and the person's reason are taken
 * from the réclamation; {@code demande} is what the person asks the médiateur (prefilled with their reason).
 */
public record NouvelleSaisine(UUID reclamationId, String demande) {
}
