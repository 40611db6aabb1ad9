package fr.portailcep.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one formatter, read from {@code i18n/formats.properties}: every pattern and every plural, case by case. */
class FormatsTest {

    private static final Formats FR = Formats.francais();
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            date          | 2026-03-12 | 12 mars 2026
            date          | 2026-03-01 | 1 mars 2026
            dateLongue    | 2026-11-24 | mardi 24 novembre 2026
            dateLongue    | 2027-01-01 | vendredi 1 janvier 2027
            dateSansAnnee | 2026-11-24 | mardi 24 novembre
            jourMois      | 2026-03-03 | 3 mars
            dateAbregee   | 2026-11-24 | mar. 24 nov. 2026
            dateAbregee   | 2026-08-16 | dim. 16 août 2026
            """)
    void les_dates(String format, LocalDate jour, String attendu) {
        var ecrit = switch (format) {
            case "date" -> FR.date(jour);
            case "dateLongue" -> FR.dateLongue(jour);
            case "dateSansAnnee" -> FR.dateSansAnnee(jour);
            case "jourMois" -> FR.jourMois(jour);
            case "dateAbregee" -> FR.dateAbregee(jour);
            default -> throw new IllegalArgumentException(format);
        };
        assertThat(ecrit).isEqualTo(attendu);
    }

    @Test
    void pas_de_date_rien_d_ecrit() {
        assertThat(FR.date(null)).isEmpty();
        assertThat(FR.dateLongue(null)).isEmpty();
        assertThat(FR.heure((LocalTime) null)).isEmpty();
        assertThat(FR.dateHeure(null, PARIS)).isEqualTo("–");
        assertThat(FR.dateLongueHeure(null, PARIS)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            09:05 | 9h05
            14:30 | 14h30
            00:00 | 0h00
            23:59 | 23h59
            """)
    void les_heures(LocalTime heure, String attendu) {
        assertThat(FR.heure(heure)).isEqualTo(attendu);
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            dateHeure          | 2026-03-12T08:05:00Z | Europe/Paris       | 12 mars 2026 à 9h05
            dateHeure          | 2026-07-12T08:05:00Z | Europe/Paris       | 12 juillet 2026 à 10h05
            dateHeure          | 2026-03-12T08:05:00Z | Indian/Reunion     | 12 mars 2026 à 12h05
            dateHeure          | 2026-03-12T03:00:00Z | America/Martinique | 11 mars 2026 à 23h00
            dateLongueHeure    | 2026-11-24T08:00:00Z | Europe/Paris       | mardi 24 novembre 2026 à 9h00
            dateSansAnneeHeure | 2026-11-24T13:45:00Z | Europe/Paris       | mardi 24 novembre à 14h45
            dateAbregeeHeure   | 2026-11-24T08:00:00Z | Europe/Paris       | mar. 24 nov. 2026 9h00
            heure              | 2026-11-24T08:00:00Z | Europe/Paris       | 9h00
            """)
    void les_moments_a_l_heure_du_lieu(String format, Instant instant, ZoneId zone, String attendu) {
        var ecrit = switch (format) {
            case "dateHeure" -> FR.dateHeure(instant, zone);
            case "dateLongueHeure" -> FR.dateLongueHeure(instant, zone);
            case "dateSansAnneeHeure" -> FR.dateSansAnneeHeure(instant, zone);
            case "dateAbregeeHeure" -> FR.dateAbregeeHeure(instant, zone);
            case "heure" -> FR.heure(instant, zone);
            default -> throw new IllegalArgumentException(format);
        };
        assertThat(ecrit).isEqualTo(attendu);
    }

    @ParameterizedTest(name = "{0} minutes → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0   | 0 minute
            1   | 1 minute
            2   | 2 minutes
            45  | 45 minutes
            60  | 1 heure
            90  | 1 h 30
            65  | 1 h 05
            120 | 2 heures
            150 | 2 h 30
            """)
    void les_durees(long minutes, String attendu) {
        assertThat(FR.duree(Duration.ofMinutes(minutes))).isEqualTo(attendu);
        var debut = Instant.parse("2026-11-24T08:00:00Z");
        assertThat(FR.duree(debut, debut.plus(Duration.ofMinutes(minutes)))).isEqualTo(attendu);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0    | aucun jour
            1    | 1 jour
            2    | 2 jours
            45   | 45 jours
            """)
    void les_jours_au_pluriel(long nombre, String attendu) {
        assertThat(FR.jours(nombre)).isEqualTo(attendu);
    }

    @Test
    void un_grand_nombre_de_jours_groupe_ses_chiffres_a_la_francaise() {
        assertThat(espacesOrdinaires(FR.jours(1500))).isEqualTo("1 500 jours");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0        | 0 o
            820      | 820 o
            1023     | 1 023 o
            1024     | 1 Ko
            122880   | 120 Ko
            1468006  | 1,4 Mo
            10485760 | 10,0 Mo
            """)
    void les_tailles_de_fichier(long octets, String attendu) {
        assertThat(espacesOrdinaires(FR.taille(octets))).isEqualTo(attendu);
    }

    @Test
    void les_nombres_decimaux_ont_une_virgule() {
        assertThat(FR.nombreDecimal(12.5)).isEqualTo("12,5");
        assertThat(FR.nombreDecimal(3)).isEqualTo("3,0");
        assertThat(FR.pourcentage(0.875)).isEqualTo("87,5 %");
        assertThat(FR.pourcentage(1)).isEqualTo("100,0 %");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-24T13:05:00Z | aujourd’hui à 14h05
            2026-11-24T00:30:00Z | aujourd’hui à 1h30
            2026-11-23T22:30:00Z | hier à 23h30
            2026-11-23T08:00:00Z | hier à 9h00
            2026-11-22T08:00:00Z | le 22 novembre
            2026-03-03T08:00:00Z | le 3 mars
            """)
    void les_moments_proches_se_disent_par_rapport_a_aujourd_hui(Instant instant, String attendu) {
        var horloge = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), PARIS);
        assertThat(FR.relatif(instant, horloge)).isEqualTo(attendu);
    }

    /** The JDK groups thousands with a narrow no-break space: compared here as a plain one. */
    private static String espacesOrdinaires(String texte) {
        return texte.replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
