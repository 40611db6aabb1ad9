package fr.portailcep.beneficiaire;

import java.util.UUID;

/** One answer of the search of people by the staff: who, and the address that tells namesakes apart. */
public record PersonneTrouvee(UUID id, String prenom, String nom, String email) {

    public String nomAffiche() {
        var complet = ((prenom == null ? "" : prenom) + " " + (nom == null ? "" : nom)).strip();
        return complet.isEmpty() ? email : complet;
    }
}
