package fr.portailcep.compte;

import java.time.Instant;
import java.util.UUID;

/**
 * A session of a person, as shown on their account page ("connecté sur ce téléphone depuis…").
 *
 * @param courante true for the session of the page being viewed
 */
public record SessionOuverte(UUID id, Instant ouverteLe, Instant derniereActivite, String navigateur,
        String adresseReseau, boolean courante) {
}
