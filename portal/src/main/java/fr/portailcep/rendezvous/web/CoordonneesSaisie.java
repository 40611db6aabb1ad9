package fr.portailcep.rendezvous.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;

import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.rendezvous.Identite;
import fr.portailcep.shared.NumerosTelephone;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.web.ErreursFormulaire;

/**
 * Who books or asks to be called back, as posted by the contact form or the call-back form: a first name, a name,
 * an email address, a phone number (required for a call-back or a rendez-vous by phone). What is left empty or
 * cannot be read is refused field by field; the lengths and characters of the names are {@link Identite}'s rules.
 * Every refusal is gathered (not only the first), in the order of the form.
 */
final class CoordonneesSaisie {

    /** An address that only lets {@link Identite} check the names when the one typed cannot be read. */
    private static final AdresseCourriel VERIFICATION = AdresseCourriel.lire("verification@exemple.fr").orElseThrow();

    private final Map<String, String> refus = new LinkedHashMap<>();
    private final List<String> generales = new ArrayList<>();
    private Identite identite;

    private CoordonneesSaisie() {
    }

    static CoordonneesSaisie lire(String prenom, String nom, String email, String telephone,
            boolean telephoneObligatoire, CreneauxAffichage textes, MessageSource source) {
        var saisie = new CoordonneesSaisie();
        if (vide(prenom)) {
            saisie.refuser("prenom", textes.texte("coordonnees.erreur.prenom"));
        }
        if (vide(nom)) {
            saisie.refuser("nom", textes.texte("coordonnees.erreur.nom"));
        }
        var adresse = vide(email) ? null : AdresseCourriel.lire(email).orElse(null);
        if (vide(email)) {
            saisie.refuser("email", textes.texte("coordonnees.erreur.email.vide"));
        } else if (adresse == null) {
            saisie.refuser("email", textes.texte("coordonnees.erreur.email"));
        }
        String numero = null;
        if (!vide(telephone)) {
            numero = NumerosTelephone.lire(telephone).orElse(null);
            if (numero == null) {
                saisie.refuser("telephone", textes.texte("coordonnees.erreur.telephone"));
            }
        } else if (telephoneObligatoire) {
            saisie.refuser("telephone", textes.texte("coordonnees.erreur.telephone.vide"));
        }
        try {
            var lue = new Identite(prenom, nom, adresse == null ? VERIFICATION : adresse, numero);
            if (saisie.refus.isEmpty()) {
                saisie.identite = lue;
            }
        } catch (SaisieRefusee refusee) {
            saisie.ajouter(refusee, source);
        }
        return saisie;
    }

    private static boolean vide(String valeur) {
        return valeur == null || valeur.isBlank();
    }

    void refuser(String champ, String texte) {
        refus.putIfAbsent(champ, texte);
        identite = null;
    }

    void generale(String texte) {
        generales.add(texte);
    }

    /** The refusals of a service, beside the fields of this form (the others above the buttons). */
    void ajouter(RuntimeException refusee, MessageSource source) {
        var erreurs = ErreursFormulaire.de(refusee, source, "creneau", "modalite", "prenom", "nom", "email",
                "telephone", "besoin", "moments");
        erreurs.parChamp().forEach(this::refuser);
        generales.addAll(erreurs.generales());
        identite = null;
    }

    boolean acceptee() {
        return identite != null && refus.isEmpty() && generales.isEmpty();
    }

    Identite identite() {
        return identite;
    }

    /** The refusals in the order of the form's fields. */
    ErreursFormulaire erreurs(String... ordre) {
        var erreurs = ErreursFormulaire.aucune();
        for (var champ : ordre) {
            if (refus.containsKey(champ)) {
                erreurs.champ(champ, refus.get(champ));
            }
        }
        var connus = List.of(ordre);
        refus.forEach((champ, texte) -> {
            if (!connus.contains(champ)) {
                erreurs.generale(texte);
            }
        });
        generales.forEach(erreurs::generale);
        return erreurs;
    }
}
