package fr.portailcep.rendezvous;

import java.util.Objects;

import fr.portailcep.compte.AdresseCourriel;

/** Who books: a name, an email address (the account is created or found with it), a phone number if given. */
public record Identite(String prenom, String nom, AdresseCourriel email, String telephone) {

    public Identite {
        Objects.requireNonNull(email);
        prenom = prenom == null ? null : prenom.strip();
        nom = nom == null ? null : nom.strip();
    }
}
