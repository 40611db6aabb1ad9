package fr.portailcep.echeance;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Jours fériés légaux d'un territoire pour une année donnée, chacun avec son nom en français
 * pour qu'un écran puisse dire pourquoi un jour est fermé.
 *
 * <ul>
 *   <li>Partout (Code du travail art. L3133-1) : 1er janvier, lundi de Pâques, 1er mai, 8 mai,
 *       Ascension (Pâques + 39), lundi de Pentecôte (Pâques + 50), 14 juillet, 15 août,
 *       1er novembre, 11 novembre, 25 décembre.</li>
 *   <li>Alsace-Moselle (art. L3134-13) : en plus le Vendredi saint (Pâques − 2) et le
 *       26 décembre.</li>
 *   <li>Outre-mer (décret n° 83-1003) : abolition de l'esclavage, le 27 mai en Guadeloupe,
 *       le 22 mai en Martinique, le 10 juin en Guyane, le 20 décembre à La Réunion et le
 *       27 avril à Mayotte.</li>
 * </ul>
 *
 * <p>Le lundi de Pentecôte reste un jour férié légal même quand il sert de journée de
 * solidarité : il est donc compté comme fermé.
 *
 * <p>Les dates mobiles découlent du dimanche de Pâques, calculé (jamais saisi à la main) par
 * l'algorithme grégorien anonyme dit de Meeus/Jones/Butcher, valable pour toute année du
 * calendrier grégorien (à partir de 1583).
 */
public final class JoursFeries {

    /** Première année entière du calendrier grégorien, domaine de validité du calcul de Pâques. */
    public static final int PREMIERE_ANNEE_GREGORIENNE = 1583;

    private static final String ABOLITION = "Abolition de l'esclavage";

    private JoursFeries() {
    }

    /**
     * Jours fériés de {@code territoire} pour {@code annee}, triés par date. Quand deux fêtes
     * tombent le même jour (l'Ascension un 1er ou un 8 mai, par exemple), leurs noms sont
     * réunis : « Fête du Travail et Ascension ».
     *
     * @return une table non modifiable date → nom
     * @throws IllegalArgumentException si l'année précède le calendrier grégorien
     */
    public static SortedMap<LocalDate, String> de(Territoire territoire, int annee) {
        Objects.requireNonNull(territoire, "territoire");
        LocalDate paques = dimancheDePaques(annee);
        TreeMap<LocalDate, String> feries = new TreeMap<>();

        ajouter(feries, LocalDate.of(annee, Month.JANUARY, 1), "Jour de l'an");
        ajouter(feries, paques.plusDays(1), "Lundi de Pâques");
        ajouter(feries, LocalDate.of(annee, Month.MAY, 1), "Fête du Travail");
        ajouter(feries, LocalDate.of(annee, Month.MAY, 8), "Victoire 1945");
        ajouter(feries, paques.plusDays(39), "Ascension");
        ajouter(feries, paques.plusDays(50), "Lundi de Pentecôte");
        ajouter(feries, LocalDate.of(annee, Month.JULY, 14), "Fête nationale");
        ajouter(feries, LocalDate.of(annee, Month.AUGUST, 15), "Assomption");
        ajouter(feries, LocalDate.of(annee, Month.NOVEMBER, 1), "Toussaint");
        ajouter(feries, LocalDate.of(annee, Month.NOVEMBER, 11), "Armistice 1918");
        ajouter(feries, LocalDate.of(annee, Month.DECEMBER, 25), "Noël");

        switch (territoire) {
            case ALSACE_MOSELLE -> {
                ajouter(feries, paques.minusDays(2), "Vendredi saint");
                ajouter(feries, LocalDate.of(annee, Month.DECEMBER, 26), "Saint-Étienne");
            }
            case GUADELOUPE -> ajouter(feries, LocalDate.of(annee, Month.MAY, 27), ABOLITION);
            case MARTINIQUE -> ajouter(feries, LocalDate.of(annee, Month.MAY, 22), ABOLITION);
            case GUYANE -> ajouter(feries, LocalDate.of(annee, Month.JUNE, 10), ABOLITION);
            case LA_REUNION -> ajouter(feries, LocalDate.of(annee, Month.DECEMBER, 20), ABOLITION);
            case MAYOTTE -> ajouter(feries, LocalDate.of(annee, Month.APRIL, 27), ABOLITION);
            case METROPOLE -> {
                // rien de plus que le socle commun
            }
        }
        return Collections.unmodifiableSortedMap(feries);
    }

    /**
     * Dimanche de Pâques (calendrier grégorien), par l'algorithme anonyme publié par
     * Jean Meeus (« Astronomical Algorithms »), dit de Meeus/Jones/Butcher.
     *
     * @throws IllegalArgumentException si l'année précède 1583
     */
    public static LocalDate dimancheDePaques(int annee) {
        if (annee < PREMIERE_ANNEE_GREGORIENNE) {
            throw new IllegalArgumentException("Année hors du calendrier grégorien : " + annee + ".");
        }
        int a = annee % 19;                      // place dans le cycle lunaire de Méton
        int b = annee / 100;                     // siècle
        int c = annee % 100;
        int d = b / 4;                           // années bissextiles séculaires
        int e = b % 4;
        int f = (b + 8) / 25;                    // correction de l'équation lunaire
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;  // épacte : âge de la lune
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7; // jours jusqu'au dimanche suivant
        int m = (a + 11 * h + 22 * l) / 451;
        int mois = (h + l - 7 * m + 114) / 31;
        int jour = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(annee, mois, jour);
    }

    private static void ajouter(Map<LocalDate, String> feries, LocalDate date, String nom) {
        feries.merge(date, nom, (dejaLa, nouveau) -> dejaLa + " et " + nouveau);
    }
}
