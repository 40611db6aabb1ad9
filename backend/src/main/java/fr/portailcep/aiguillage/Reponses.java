package fr.portailcep.aiguillage;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.portailcep.echeance.Territoire;

/**
 * The answers to the aiguillage questions. {@link #erreurs()} says, field by field, what is missing or wrong (as
 * bundle keys), so that the form can say it beside each field.
 *
 * @param employeur asked of employees only
 * @param cadre asked of private-sector employees only
 * @param codePostalTravail optional
 * @param origine optional (individual by default)
 */
public record Reponses(Situation situation, Employeur employeur, Boolean cadre, DejaSuivi dejaSuivi,
        Boolean handicap, TrancheAge trancheAge, String codePostalDomicile, String codePostalTravail, Motif motif,
        OrigineDemarche origine) {

    public Reponses {
        codePostalDomicile = nettoyer(codePostalDomicile);
        codePostalTravail = nettoyer(codePostalTravail);
        if (situation != Situation.SALARIE) {
            employeur = null;
        }
        if (situation != Situation.SALARIE || employeur == Employeur.PUBLIC) {
            cadre = null;
        }
        if (origine == null) {
            origine = OrigineDemarche.INDIVIDUELLE;
        }
    }

    /** Field name → bundle key of the message; empty when the answers are complete. */
    public Map<String, String> erreurs() {
        var erreurs = new LinkedHashMap<String, String>();
        if (situation == null) {
            erreurs.put("situation", "aiguillage.erreur.situation");
        }
        if (situation == Situation.SALARIE && employeur == null) {
            erreurs.put("employeur", "aiguillage.erreur.employeur");
        }
        if (situation == Situation.SALARIE && employeur == Employeur.PRIVE && cadre == null) {
            erreurs.put("cadre", "aiguillage.erreur.cadre");
        }
        if (trancheAge == null) {
            erreurs.put("age", "aiguillage.erreur.age");
        }
        if (handicap == null) {
            erreurs.put("handicap", "aiguillage.erreur.handicap");
        }
        if (dejaSuivi == null) {
            erreurs.put("dejaSuivi", "aiguillage.erreur.dejasuivi");
        }
        if (motif == null) {
            erreurs.put("motif", "aiguillage.erreur.motif");
        }
        if (codePostalDomicile == null) {
            erreurs.put("codePostalDomicile", "aiguillage.erreur.codepostal.vide");
        } else if (!codePostalValide(codePostalDomicile)) {
            erreurs.put("codePostalDomicile", "aiguillage.erreur.codepostal");
        }
        if (codePostalTravail != null && !codePostalValide(codePostalTravail)) {
            erreurs.put("codePostalTravail", "aiguillage.erreur.codepostal");
        }
        return erreurs;
    }

    /** The territory whose public holidays count for the person: where they live. */
    public Territoire territoire() {
        return Territoire.duCodePostal(codePostalDomicile);
    }

    private static boolean codePostalValide(String codePostal) {
        try {
            Territoire.duCodePostal(codePostal);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String nettoyer(String codePostal) {
        if (codePostal == null) {
            return null;
        }
        var chiffres = codePostal.replaceAll("\\s", "");
        return chiffres.isEmpty() ? null : chiffres;
    }
}
