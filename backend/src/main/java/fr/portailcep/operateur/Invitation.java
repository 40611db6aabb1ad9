package fr.portailcep.operateur;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.Role;
import fr.portailcep.shared.Saisies;

/**
 * A new member of the team as the manager typed it. {@link #erreurs()} says, field by field, what is wrong
 * (keys of French texts), so that the form shows each message beside its field and keeps what was typed.
 */
public record Invitation(String email, String prenom, String nom, Role role, Set<UUID> sites) {

    public static final String CHAMP_EMAIL = "email";
    public static final String CHAMP_PRENOM = "prenom";
    public static final String CHAMP_NOM = "nom";
    public static final String CHAMP_ROLE = "role";
    public static final String CHAMP_SITES = "sites";

    static final int LONGUEUR_NOM = 100;

    public Invitation {
        email = email == null ? "" : email.strip();
        prenom = prenom == null ? "" : Saisies.nettoyer(prenom, Saisies.Forme.UNE_LIGNE);
        nom = nom == null ? "" : Saisies.nettoyer(nom, Saisies.Forme.UNE_LIGNE);
        sites = sites == null ? Set.of() : Set.copyOf(sites);
    }

    /** Empty when the invitation can be sent. */
    public Map<String, String> erreurs() {
        var erreurs = new LinkedHashMap<String, String>();
        if (email.isEmpty()) {
            erreurs.put(CHAMP_EMAIL, "equipe.erreur.email.vide");
        } else if (AdresseCourriel.lire(email).isEmpty()) {
            erreurs.put(CHAMP_EMAIL, "equipe.erreur.email.invalide");
        }
        nomValide(prenom, CHAMP_PRENOM, erreurs);
        nomValide(nom, CHAMP_NOM, erreurs);
        if (role == null || !role.estProfessionnel()) {
            erreurs.put(CHAMP_ROLE, "equipe.erreur.role");
        } else if (travailleSurSite(role) && sites.isEmpty()) {
            erreurs.put(CHAMP_SITES, "equipe.erreur.sites");
        }
        return erreurs;
    }

    /** The médiateur belongs to France compétences, not to a site of the operator. */
    public static boolean travailleSurSite(Role role) {
        return role == Role.CONSEILLER || role == Role.MANAGER;
    }

    AdresseCourriel adresse() {
        return AdresseCourriel.lire(email).orElseThrow();
    }

    private static void nomValide(String valeur, String champ, Map<String, String> erreurs) {
        if (valeur.isEmpty()) {
            erreurs.put(champ, "equipe.erreur." + champ + ".vide");
        } else {
            Saisies.probleme(valeur, Saisies.Forme.UNE_LIGNE, LONGUEUR_NOM).ifPresent(refus -> erreurs.put(champ,
                    refus.cle().equals(Saisies.CLE_TROP_LONG) ? "equipe.erreur.trop-long" : refus.cle()));
        }
    }
}
