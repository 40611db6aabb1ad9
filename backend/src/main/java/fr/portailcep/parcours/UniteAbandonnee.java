package fr.portailcep.parcours;

import java.util.UUID;

/**
 * A unit was closed as abandon by the job (its period ended with no signed document): published in the job's
 * transaction, so that the features that hang on a unit (its unsigned livrable) follow.
 */
public record UniteAbandonnee(UUID beneficiaireId, UUID uniteId, UniteOeuvre uo) {
}
