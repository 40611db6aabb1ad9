package fr.portailcep.messagerie;

import java.time.Duration;
import java.util.function.BiFunction;

/**
 * How long a person has been waiting, in plain words: "moins d’une heure", "5 heures", "2 jours". The words come from
 * {@code messagerie.properties}, through the translation of the caller (a view's {@code getTranslation}, a service's
 * {@code Textes.get}).
 */
public final class Attente {

    private Attente() {
    }

    public static String decrire(Duration duree, BiFunction<String, Object[], String> traduire) {
        if (duree.isNegative() || duree.toMinutes() < 60) {
            return traduire.apply("messagerie.attente.minutes", new Object[0]);
        }
        if (duree.toHours() < 24) {
            return traduire.apply("messagerie.attente.heures", new Object[] {duree.toHours()});
        }
        return traduire.apply("messagerie.attente.jours", new Object[] {duree.toDays()});
    }
}
