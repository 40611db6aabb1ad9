package fr.portailcep.parcours;

import java.util.Optional;
import java.util.UUID;

import fr.portailcep.operateur.Site;

/**
 * Whom the person deals with and how to reach them: their référent unique (from UO2.1 on), or the conseiller of
 * their current unit, with the site's address and phone number.
 */
public record Contact(UUID compteId, String prenom, String nom, boolean referent, Optional<Lieu> site) {

    public String nomAffiche() {
        return ((prenom == null ? "" : prenom) + " " + (nom == null ? "" : nom)).strip();
    }

    /** The site where the person is followed. */
    public record Lieu(String nom, String adresseComplete, String telephone) {

        static Lieu de(Site site) {
            return new Lieu(site.nom(), site.adresseComplete(), site.telephone());
        }
    }
}
