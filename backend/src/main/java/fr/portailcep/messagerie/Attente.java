package fr.portailcep.messagerie;

import java.time.Duration;

/** How long a person has been waiting, in plain words: "moins d’une heure", "5 heures", "2 jours". */
public final class Attente {

    private Attente() {
    }

    public static String decrire(Duration duree) {
        if (duree.isNegative() || duree.toMinutes() < 60) {
            return "moins d’une heure";
        }
        if (duree.toHours() < 24) {
            var h = duree.toHours();
            return h + (h == 1 ? " heure" : " heures");
        }
        var j = duree.toDays();
        return j + (j == 1 ? " jour" : " jours");
    }
}
