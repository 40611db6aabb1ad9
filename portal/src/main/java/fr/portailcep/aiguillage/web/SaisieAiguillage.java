package fr.portailcep.aiguillage.web;

import java.io.Serializable;
import java.util.Arrays;

import fr.portailcep.aiguillage.DejaSuivi;
import fr.portailcep.aiguillage.Employeur;
import fr.portailcep.aiguillage.Motif;
import fr.portailcep.aiguillage.OrigineDemarche;
import fr.portailcep.aiguillage.Reponses;
import fr.portailcep.aiguillage.Situation;
import fr.portailcep.aiguillage.TrancheAge;

/**
 * The aiguillage form as it was posted: every field as the text the browser sent, under the names
 * {@link Reponses#erreurs()} uses, so that the page shows it back as it was (nothing chosen or typed is lost). An
 * answer that names no option (a forged post) reads as no answer, and is refused as a missing one.
 */
record SaisieAiguillage(String situation, String employeur, String cadre, String age, String handicap,
        String dejaSuivi, String motif, String codePostalDomicile, String codePostalTravail, String origine)
        implements Serializable {

    /** The first display: nothing chosen, "by myself" as how the person heard of the service. */
    static SaisieAiguillage vide() {
        return new SaisieAiguillage(null, null, null, null, null, null, null, null, null,
                OrigineDemarche.INDIVIDUELLE.name());
    }

    /** The answers for the service (whose {@link Reponses#erreurs()} says what is missing or wrong). */
    Reponses reponses() {
        return new Reponses(valeur(Situation.class, situation), valeur(Employeur.class, employeur), ouiNon(cadre),
                valeur(DejaSuivi.class, dejaSuivi), ouiNon(handicap), valeur(TrancheAge.class, age),
                codePostalDomicile, codePostalTravail, valeur(Motif.class, motif),
                valeur(OrigineDemarche.class, origine));
    }

    private static <E extends Enum<E>> E valeur(Class<E> type, String texte) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(texte)).findFirst().orElse(null);
    }

    private static Boolean ouiNon(String texte) {
        return "true".equals(texte) ? Boolean.TRUE : "false".equals(texte) ? Boolean.FALSE : null;
    }
}
