package fr.portailcep.parcours;

import java.util.Optional;
import java.util.UUID;

import fr.portailcep.operateur.Site;

/**
 * Whom the person deals with and how to reach them: their référent unique (from UO2.1 on), or the conseiller of
 * their current unit, with the site's address and phone number.
 */
public record Contact(UUID compteId, String prenom, String nom, boolean referent, Optional<Site> site) {

    public String nomAffiche() {
        return ((prenom == null ? "" : prenom) + " " + (nom == null ? "" : nom)).strip();
    }
}
