package fr.portailcep.messagerie;

import java.time.Duration;
import java.util.function.BiFunction;

import fr.portailcep.parcours.Libelle;

/**
 * How long a person has been waiting, in plain words: "moins d’une heure", "5 heures", "2 jours". The words come from
 * {@code messagerie.properties}, through the translation of the caller (a view's {@code getTranslation}, a service's
 * {@code Textes.get}).
 */
public final class Attente {

    private Attente() {
    }

    public static String decrire(Duration duree, BiFunction<String, Object[], String> traduire) {
        var libelle = libelle(duree);
        return traduire.apply(libelle.cle(), libelle.arguments().toArray());
    }

    /** The same words as a key and its arguments, for a read model that the view translates. */
    public static Libelle libelle(Duration duree) {
        if (duree.isNegative() || duree.toMinutes() < 60) {
            return Libelle.de("messagerie.attente.minutes");
        }
        if (duree.toHours() < 24) {
            return Libelle.de("messagerie.attente.heures", duree.toHours());
        }
        return Libelle.de("messagerie.attente.jours", duree.toDays());
    }
}
