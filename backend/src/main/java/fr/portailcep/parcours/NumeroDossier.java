package fr.portailcep.parcours;

import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * The national dossier number of annexe 2: {@code OO AA MM UU XXXXXX} — the operator's two-character id, the last
 * two digits of the year, the month (01–12), the unit of work (00, 01, 21, 22) and a six-digit counter reset at
 * the start of every month. Stored without spaces (14 characters), shown with them.
 */
public record NumeroDossier(String valeur) {

    private static final Pattern FORME = Pattern.compile("^[A-Z0-9]{2}\\d{2}(0[1-9]|1[0-2])(00|01|21|22)\\d{6}$");

    public static final int COMPTEUR_MAX = 999_999;

    public NumeroDossier {
        if (valeur == null || !FORME.matcher(valeur).matches()) {
            throw new IllegalArgumentException("Numéro de dossier mal formé : " + valeur);
        }
    }

    public static NumeroDossier de(String operateur, YearMonth mois, UniteOeuvre uo, int compteur) {
        if (compteur < 1 || compteur > COMPTEUR_MAX) {
            throw new IllegalArgumentException("Le compteur va de 1 à 999999 : " + compteur);
        }
        return new NumeroDossier("%s%02d%02d%s%06d".formatted(operateur, mois.getYear() % 100, mois.getMonthValue(),
                uo.code(), compteur));
    }

    /** Reads a number typed with or without spaces. */
    public static NumeroDossier lire(String saisie) {
        return new NumeroDossier(saisie == null ? null : saisie.replace(" ", "").toUpperCase());
    }

    public String operateur() {
        return valeur.substring(0, 2);
    }

    public UniteOeuvre uniteOeuvre() {
        return UniteOeuvre.deCode(valeur.substring(6, 8));
    }

    public int compteur() {
        return Integer.parseInt(valeur.substring(8));
    }

    /** "GE 26 11 01 000042". */
    public String affiche() {
        return valeur.substring(0, 2) + " " + valeur.substring(2, 4) + " " + valeur.substring(4, 6) + " "
                + valeur.substring(6, 8) + " " + valeur.substring(8);
    }

    @Override
    public String toString() {
        return valeur;
    }
}
