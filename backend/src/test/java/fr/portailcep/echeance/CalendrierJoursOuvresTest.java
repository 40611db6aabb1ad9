package fr.portailcep.echeance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CalendrierJoursOuvresTest {

    @ParameterizedTest(name = "{0} {1} ouvré ? {2}")
    @CsvSource({
            // semaine ordinaire et week-end
            "METROPOLE,      2026-11-23, true",
            "METROPOLE,      2026-11-21, false",
            "METROPOLE,      2026-11-22, false",
            // Pâques 2026 = 5 avril : Vendredi saint seulement en Alsace-Moselle
            "METROPOLE,      2026-04-03, true",
            "ALSACE_MOSELLE, 2026-04-03, false",
            "GUADELOUPE,     2026-04-03, true",
            "METROPOLE,      2026-04-06, false",
            "ALSACE_MOSELLE, 2026-04-06, false",
            "METROPOLE,      2026-05-14, false",
            "METROPOLE,      2026-05-15, true",
            "METROPOLE,      2026-05-25, false",
            "METROPOLE,      2026-07-14, false",
            "METROPOLE,      2025-08-15, false",
            "METROPOLE,      2026-11-11, false",
            "METROPOLE,      2027-11-01, false",
            "METROPOLE,      2026-12-25, false",
            // 26 décembre : fermé seulement en Alsace-Moselle
            "METROPOLE,      2025-12-26, true",
            "ALSACE_MOSELLE, 2025-12-26, false",
            "LA_REUNION,     2025-12-26, true",
            // abolition de l'esclavage, chacun à sa date
            "GUADELOUPE,     2026-05-27, false",
            "METROPOLE,      2026-05-27, true",
            "MARTINIQUE,     2026-05-27, true",
            "MARTINIQUE,     2026-05-22, false",
            "GUADELOUPE,     2026-05-22, true",
            "GUYANE,         2026-06-10, false",
            "METROPOLE,      2026-06-10, true",
            "LA_REUNION,     2027-12-20, false",
            "MAYOTTE,        2027-12-20, true",
            "MAYOTTE,        2026-04-27, false",
            "LA_REUNION,     2026-04-27, true",
            // un férié tombé un dimanche n'est pas reporté au lundi
            "LA_REUNION,     2026-12-21, true",
            "MAYOTTE,        2025-04-28, true",
    })
    void estOuvre(Territoire territoire, LocalDate date, boolean attendu) {
        assertThat(CalendrierJoursOuvres.pour(territoire).estOuvre(date)).isEqualTo(attendu);
    }

    @ParameterizedTest(name = "{0} : {1} + {2} jours ouvrés = {3}")
    @CsvSource({
            // Exemple de référence : lundi 23/11/2026, 11 novembre passé ; Noël (ven.) et 1er janvier (ven.)
            "METROPOLE,      2026-11-23, 30, 2027-01-06",
            "ALSACE_MOSELLE, 2026-11-23, 30, 2027-01-06", // 26/12/2026 est un samedi
            // fin d'année : 25/12 et 1/1 traversés
            "METROPOLE,      2026-12-15, 30, 2027-01-28",
            "LA_REUNION,     2026-12-15, 30, 2027-01-28", // 20/12/2026 est un dimanche
            "METROPOLE,      2025-12-15, 30, 2026-01-28",
            "ALSACE_MOSELLE, 2025-12-15, 30, 2026-01-29", // 26/12/2025 est un vendredi
            "METROPOLE,      2027-12-01, 30, 2028-01-12",
            "LA_REUNION,     2027-12-01, 30, 2028-01-13", // 20/12/2027 est un lundi
            "METROPOLE,      2026-12-24,  1, 2026-12-28",
            "METROPOLE,      2025-12-24,  1, 2025-12-26",
            "ALSACE_MOSELLE, 2025-12-24,  1, 2025-12-29",
            "ALSACE_MOSELLE, 2027-12-24,  1, 2027-12-27", // 25 et 26/12/2027 : samedi et dimanche
            "METROPOLE,      2026-12-31,  1, 2027-01-04",
            // Pâques
            "METROPOLE,      2026-04-02,  1, 2026-04-03",
            "ALSACE_MOSELLE, 2026-04-02,  1, 2026-04-07",
            "METROPOLE,      2026-04-02,  2, 2026-04-07",
            "METROPOLE,      2026-04-03,  1, 2026-04-07",
            "METROPOLE,      2024-03-28,  1, 2024-03-29",
            "ALSACE_MOSELLE, 2024-03-28,  1, 2024-04-02",
            "ALSACE_MOSELLE, 2285-03-19,  1, 2285-03-24",
            "METROPOLE,      2038-04-22,  2, 2038-04-27",
            // Ascension, Pentecôte, 1er et 8 mai
            "METROPOLE,      2026-05-13,  1, 2026-05-15",
            "METROPOLE,      2026-05-22,  1, 2026-05-26",
            "METROPOLE,      2026-04-30,  1, 2026-05-04",
            "METROPOLE,      2026-05-07,  1, 2026-05-11",
            "METROPOLE,      2008-04-30,  1, 2008-05-02", // Ascension le 1er mai
            "METROPOLE,      2026-04-20, 30, 2026-06-05",
            "ALSACE_MOSELLE, 2026-04-20, 30, 2026-06-05",
            "GUADELOUPE,     2026-04-20, 30, 2026-06-08",
            "MARTINIQUE,     2026-04-20, 30, 2026-06-08",
            "GUYANE,         2026-04-20, 30, 2026-06-05",
            "LA_REUNION,     2026-04-20, 30, 2026-06-05",
            "MAYOTTE,        2026-04-20, 30, 2026-06-08",
            // 14 juillet, 15 août, 1er et 11 novembre
            "METROPOLE,      2026-07-13,  1, 2026-07-15",
            "METROPOLE,      2025-08-14,  1, 2025-08-18",
            "METROPOLE,      2027-10-29,  1, 2027-11-02",
            "METROPOLE,      2027-11-10,  1, 2027-11-12",
            // jour propre à l'outre-mer, en semaine : un jour de plus
            "GUADELOUPE,     2026-05-26,  1, 2026-05-28",
            "MARTINIQUE,     2026-05-21,  1, 2026-05-26", // 22/05 vendredi puis lundi de Pentecôte
            "GUYANE,         2026-06-09,  1, 2026-06-11",
            "LA_REUNION,     2027-12-17,  1, 2027-12-21",
            "MAYOTTE,        2026-04-24,  1, 2026-04-28",
            // ... et tombé un week-end : rien ne change
            "GUADELOUPE,     2028-05-26,  1, 2028-05-29",
            "MARTINIQUE,     2027-05-21,  1, 2027-05-24",
            "GUYANE,         2028-06-09,  1, 2028-06-12",
            "LA_REUNION,     2026-12-18,  1, 2026-12-21",
            "MAYOTTE,        2025-04-25,  1, 2025-04-28",
            // départ un week-end : le lundi est le jour ouvré n° 1
            "METROPOLE,      2026-11-21,  1, 2026-11-23",
            "METROPOLE,      2026-11-22,  5, 2026-11-27",
            // n = 0 : le jour de départ lui-même, même fermé
            "METROPOLE,      2026-11-21,  0, 2026-11-21",
            "METROPOLE,      2026-12-25,  0, 2026-12-25",
            // longue durée : 250e jour ouvré de 2026
            "METROPOLE,      2026-01-01, 250, 2026-12-29",
    })
    void ajouterJoursOuvres(Territoire territoire, LocalDate depart, int n, LocalDate attendu) {
        CalendrierJoursOuvres calendrier = new CalendrierJoursOuvres(territoire);
        assertThat(calendrier.ajouterJoursOuvres(depart, n)).isEqualTo(attendu);
        assertThat(calendrier.joursOuvresEntre(depart, attendu)).isEqualTo(n);
    }

    @ParameterizedTest(name = "{0} : jours ouvrés dans ]{1}, {2}] = {3}")
    @CsvSource({
            "METROPOLE,      2026-11-23, 2027-01-06,  30",
            "METROPOLE,      2026-11-23, 2026-11-23,   0",
            "METROPOLE,      2026-11-24, 2026-11-23,   0",
            "METROPOLE,      2026-11-20, 2026-11-22,   0",
            "METROPOLE,      2026-11-20, 2026-11-23,   1",
            "METROPOLE,      2026-11-22, 2026-11-23,   1",
            "METROPOLE,      2026-11-23, 2026-11-24,   1",
            // une année entière
            "METROPOLE,      2025-12-31, 2026-12-31, 252",
            "ALSACE_MOSELLE, 2025-12-31, 2026-12-31, 251",
            "GUADELOUPE,     2025-12-31, 2026-12-31, 251",
            "MARTINIQUE,     2025-12-31, 2026-12-31, 251",
            "GUYANE,         2025-12-31, 2026-12-31, 251",
            "LA_REUNION,     2025-12-31, 2026-12-31, 252",
            "MAYOTTE,        2025-12-31, 2026-12-31, 251",
            "METROPOLE,      2024-12-31, 2025-12-31, 251",
            "ALSACE_MOSELLE, 2024-12-31, 2025-12-31, 249",
            // dix années
            "METROPOLE,      2024-12-31, 2034-12-31, 2521",
            "ALSACE_MOSELLE, 2024-12-31, 2034-12-31, 2504",
            "GUADELOUPE,     2024-12-31, 2034-12-31, 2514",
            "MARTINIQUE,     2024-12-31, 2034-12-31, 2515",
            "GUYANE,         2024-12-31, 2034-12-31, 2515",
            "LA_REUNION,     2024-12-31, 2034-12-31, 2514",
            "MAYOTTE,        2024-12-31, 2034-12-31, 2514",
    })
    void joursOuvresEntre(Territoire territoire, LocalDate debutExclu, LocalDate finInclus, long attendu) {
        assertThat(CalendrierJoursOuvres.pour(territoire).joursOuvresEntre(debutExclu, finInclus)).isEqualTo(attendu);
    }

    @ParameterizedTest(name = "{0} {1} : {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            METROPOLE      | 2026-11-21 | Samedi
            METROPOLE      | 2026-11-22 | Dimanche
            METROPOLE      | 2026-11-23 | -
            METROPOLE      | 2026-11-11 | Armistice 1918
            METROPOLE      | 2026-08-15 | Assomption
            ALSACE_MOSELLE | 2026-04-03 | Vendredi saint
            METROPOLE      | 2026-04-03 | -
            GUYANE         | 2019-06-10 | Lundi de Pentecôte et Abolition de l'esclavage
            LA_REUNION     | 2026-12-20 | Abolition de l'esclavage
            """)
    void motifFermeture(Territoire territoire, LocalDate date, String motif) {
        assertThat(CalendrierJoursOuvres.pour(territoire).motifFermeture(date).orElse(null)).isEqualTo(motif);
    }

    @Test
    void jourFerieDonneLeNomMemeLeWeekEnd() {
        CalendrierJoursOuvres metropole = CalendrierJoursOuvres.pour(Territoire.METROPOLE);
        assertThat(metropole.jourFerie(LocalDate.of(2026, 11, 1))).contains("Toussaint");
        assertThat(metropole.jourFerie(LocalDate.of(2026, 11, 2))).isEmpty();
        assertThat(metropole.joursFeries(2026)).hasSize(11).containsEntry(LocalDate.of(2026, 7, 14), "Fête nationale");
    }

    @Test
    void dateLimitePremierEchangeTrenteJoursOuvres() {
        assertThat(CalendrierJoursOuvres.DELAI_MAX_PREMIER_ECHANGE_JOURS_OUVRES).isEqualTo(30);
        assertThat(CalendrierJoursOuvres.pour(Territoire.METROPOLE).dateLimitePremierEchange(LocalDate.of(2026, 11, 23)))
                .isEqualTo(LocalDate.of(2027, 1, 6));
    }

    @Test
    void nombreNegatifRefuse() {
        CalendrierJoursOuvres calendrier = CalendrierJoursOuvres.pour(Territoire.METROPOLE);
        assertThatThrownBy(() -> calendrier.ajouterJoursOuvres(LocalDate.of(2026, 11, 23), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("négatif");
    }

    @Test
    void argumentsObligatoires() {
        assertThatThrownBy(() -> new CalendrierJoursOuvres(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CalendrierJoursOuvres.pour(null)).isInstanceOf(NullPointerException.class);
        CalendrierJoursOuvres calendrier = CalendrierJoursOuvres.pour(Territoire.METROPOLE);
        assertThatThrownBy(() -> calendrier.ajouterJoursOuvres(null, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> calendrier.joursOuvresEntre(null, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @EnumSource(Territoire.class)
    void instancePartageeParTerritoire(Territoire territoire) {
        assertThat(CalendrierJoursOuvres.pour(territoire)).isSameAs(CalendrierJoursOuvres.pour(territoire));
        assertThat(CalendrierJoursOuvres.pour(territoire).territoire()).isEqualTo(territoire);
    }

    /**
     * Propriétés sur des tirages reproductibles : ajouter puis compter redonne n, le résultat
     * est ouvré, c'est le premier jour qui atteint n, et le comptage rapide des semaines pleines
     * égale un décompte jour par jour.
     */
    @Test
    void coherenceEntreAjouterEtCompterSurDesTiragesAleatoires() {
        Random hasard = new Random(20261123L);
        Territoire[] territoires = Territoire.values();
        LocalDate origine = LocalDate.of(1990, 1, 1);
        for (int essai = 0; essai < 20_000; essai++) {
            CalendrierJoursOuvres calendrier = CalendrierJoursOuvres.pour(territoires[hasard.nextInt(territoires.length)]);
            LocalDate depart = origine.plusDays(hasard.nextInt(110 * 365));
            int n = essai % 10 == 0 ? hasard.nextInt(1_000) : hasard.nextInt(61);

            LocalDate arrivee = calendrier.ajouterJoursOuvres(depart, n);

            String cas = calendrier + " " + depart + " + " + n;
            assertThat(calendrier.joursOuvresEntre(depart, arrivee)).as(cas).isEqualTo(n);
            if (n >= 1) {
                assertThat(calendrier.estOuvre(arrivee)).as(cas).isTrue();
                assertThat(calendrier.joursOuvresEntre(depart, arrivee.minusDays(1))).as(cas).isEqualTo(n - 1);
            }
            LocalDate fin = depart.plusDays(hasard.nextInt(800) - 20);
            assertThat(calendrier.joursOuvresEntre(depart, fin)).as(calendrier + " ]" + depart + ", " + fin + "]")
                    .isEqualTo(compterJourParJour(calendrier, depart, fin));
        }
    }

    @Test
    void utilisableDepuisPlusieursFilsEnMemeTemps() {
        CalendrierJoursOuvres partage = new CalendrierJoursOuvres(Territoire.ALSACE_MOSELLE);
        CalendrierJoursOuvres reference = new CalendrierJoursOuvres(Territoire.ALSACE_MOSELLE);
        LocalDate origine = LocalDate.of(2000, 1, 1);
        List<LocalDate> enParallele = IntStream.range(0, 20_000).parallel()
                .mapToObj(i -> partage.ajouterJoursOuvres(origine.plusDays(i), 30))
                .toList();
        for (int i = 0; i < enParallele.size(); i++) {
            assertThat(enParallele.get(i)).isEqualTo(reference.ajouterJoursOuvres(origine.plusDays(i), 30));
        }
    }

    private static long compterJourParJour(CalendrierJoursOuvres calendrier, LocalDate debutExclu, LocalDate finInclus) {
        long total = 0;
        for (LocalDate d = debutExclu.plusDays(1); !d.isAfter(finInclus); d = d.plusDays(1)) {
            if (calendrier.estOuvre(d)) {
                total++;
            }
        }
        return total;
    }
}
