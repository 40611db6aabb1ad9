package fr.portailcep.parcours;

import java.util.UUID;

/** A conseiller of a person's team, who may be named their référent. */
public record MembreEquipe(UUID id, String prenom, String nom, String email) {

    public String nomAffiche() {
        return ((prenom == null ? "" : prenom) + " " + (nom == null ? "" : nom)).strip();
    }
}
