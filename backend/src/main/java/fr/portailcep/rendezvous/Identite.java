package fr.portailcep.rendezvous;

import java.util.Objects;

import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.Saisies;

/**
 * Who books: a name, an email address (the account is created or found with it), a phone number if given. A first
 * name or a name that cannot be stored is refused here, field by field ({@link SaisieRefusee}).
 */
public record Identite(String prenom, String nom, AdresseCourriel email, String telephone) {

    public Identite {
        Objects.requireNonNull(email);
        var saisie = Saisies.verification();
        prenom = saisie.ligne("prenom", prenom, Saisies.LONGUEUR_NOM);
        nom = saisie.ligne("nom", nom, Saisies.LONGUEUR_NOM);
        saisie.exiger();
    }
}
