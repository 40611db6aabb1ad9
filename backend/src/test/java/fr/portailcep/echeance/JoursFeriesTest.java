package fr.portailcep.echeance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class JoursFeriesTest {

    // Dates de Pâques publiées (calendrier grégorien), dont les deux extrêmes : 22 mars et 25 avril.
    @ParameterizedTest(name = "Pâques {0} = {1}")
    @CsvSource({
            "1583, 1583-04-10",
            "1818, 1818-03-22",
            "1943, 1943-04-25",
            "2000, 2000-04-23",
            "2008, 2008-03-23",
            "2011, 2011-04-24",
            "2019, 2019-04-21",
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2038, 2038-04-25",
            "2285, 2285-03-22",
    })
    void dimancheDePaques(int annee, LocalDate attendu) {
        assertThat(JoursFeries.dimancheDePaques(annee)).isEqualTo(attendu);
    }

    @Test
    void paquesToujoursUnDimancheEntre22MarsEt25Avril() {
        for (int annee = 1583; annee <= 4100; annee++) {
            LocalDate paques = JoursFeries.dimancheDePaques(annee);
            assertThat(paques.getDayOfWeek()).as("Pâques %d", annee).isEqualTo(java.time.DayOfWeek.SUNDAY);
            assertThat(paques).as("Pâques %d", annee)
                    .isBetween(LocalDate.of(annee, 3, 22), LocalDate.of(annee, 4, 25));
        }
    }

    @Test
    void refuseLesAnneesAvantLeCalendrierGregorien() {
        assertThatThrownBy(() -> JoursFeries.dimancheDePaques(1582))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("grégorien");
        assertThatThrownBy(() -> JoursFeries.de(Territoire.METROPOLE, 1000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} {1} : {2}")
    @CsvSource(delimiter = '|', textBlock = """
            METROPOLE      | 2026-01-01 | Jour de l'an
            METROPOLE      | 2026-04-06 | Lundi de Pâques
            METROPOLE      | 2026-05-01 | Fête du Travail
            METROPOLE      | 2026-05-08 | Victoire 1945
            METROPOLE      | 2026-05-14 | Ascension
            METROPOLE      | 2026-05-25 | Lundi de Pentecôte
            METROPOLE      | 2026-07-14 | Fête nationale
            METROPOLE      | 2026-08-15 | Assomption
            METROPOLE      | 2026-11-01 | Toussaint
            METROPOLE      | 2026-11-11 | Armistice 1918
            METROPOLE      | 2026-12-25 | Noël
            METROPOLE      | 2024-04-01 | Lundi de Pâques
            METROPOLE      | 2024-05-09 | Ascension
            METROPOLE      | 2024-05-20 | Lundi de Pentecôte
            METROPOLE      | 2025-04-21 | Lundi de Pâques
            METROPOLE      | 2025-05-29 | Ascension
            METROPOLE      | 2025-06-09 | Lundi de Pentecôte
            METROPOLE      | 2027-03-29 | Lundi de Pâques
            METROPOLE      | 2027-05-06 | Ascension
            METROPOLE      | 2027-05-17 | Lundi de Pentecôte
            METROPOLE      | 2038-04-26 | Lundi de Pâques
            METROPOLE      | 2038-06-03 | Ascension
            METROPOLE      | 2038-06-14 | Lundi de Pentecôte
            METROPOLE      | 2285-03-23 | Lundi de Pâques
            METROPOLE      | 2285-04-30 | Ascension
            METROPOLE      | 2285-05-11 | Lundi de Pentecôte
            METROPOLE      | 2008-05-01 | Fête du Travail et Ascension
            METROPOLE      | 2008-05-12 | Lundi de Pentecôte
            METROPOLE      | 2059-05-08 | Victoire 1945 et Ascension
            ALSACE_MOSELLE | 2026-04-03 | Vendredi saint
            ALSACE_MOSELLE | 2026-04-06 | Lundi de Pâques
            ALSACE_MOSELLE | 2026-12-25 | Noël
            ALSACE_MOSELLE | 2026-12-26 | Saint-Étienne
            ALSACE_MOSELLE | 2024-03-29 | Vendredi saint
            ALSACE_MOSELLE | 2025-04-18 | Vendredi saint
            ALSACE_MOSELLE | 2027-03-26 | Vendredi saint
            ALSACE_MOSELLE | 2038-04-23 | Vendredi saint
            ALSACE_MOSELLE | 2285-03-20 | Vendredi saint
            GUADELOUPE     | 2026-05-27 | Abolition de l'esclavage
            GUADELOUPE     | 2049-05-27 | Ascension et Abolition de l'esclavage
            MARTINIQUE     | 2026-05-22 | Abolition de l'esclavage
            MARTINIQUE     | 2031-05-22 | Ascension et Abolition de l'esclavage
            GUYANE         | 2026-06-10 | Abolition de l'esclavage
            GUYANE         | 2019-06-10 | Lundi de Pentecôte et Abolition de l'esclavage
            LA_REUNION     | 2026-12-20 | Abolition de l'esclavage
            MAYOTTE        | 2026-04-27 | Abolition de l'esclavage
            MAYOTTE        | 2026-07-14 | Fête nationale
            """)
    void jourFerieEtSonNom(Territoire territoire, LocalDate date, String nom) {
        assertThat(JoursFeries.de(territoire, date.getYear())).containsEntry(date, nom);
    }

    // Ce qui est propre à un territoire ne déborde pas sur les autres.
    @ParameterizedTest(name = "{0} {1} n'est pas férié")
    @CsvSource({
            "METROPOLE,      2026-04-03",
            "METROPOLE,      2026-12-26",
            "METROPOLE,      2026-05-27",
            "METROPOLE,      2026-05-22",
            "METROPOLE,      2026-06-10",
            "METROPOLE,      2026-12-20",
            "METROPOLE,      2026-04-27",
            "METROPOLE,      2026-04-05",
            "METROPOLE,      2026-05-24",
            "GUADELOUPE,     2026-04-03",
            "GUADELOUPE,     2026-12-26",
            "GUADELOUPE,     2026-05-22",
            "MARTINIQUE,     2026-05-27",
            "GUYANE,         2026-05-27",
            "LA_REUNION,     2026-06-10",
            "MAYOTTE,        2026-12-20",
            "ALSACE_MOSELLE, 2026-05-27",
            "ALSACE_MOSELLE, 2026-04-27",
    })
    void pasFerie(Territoire territoire, LocalDate date) {
        assertThat(JoursFeries.de(territoire, date.getYear())).doesNotContainKey(date);
    }

    @ParameterizedTest(name = "{0} : {1} jours fériés en 2026")
    @CsvSource({
            "METROPOLE,      11",
            "ALSACE_MOSELLE, 13",
            "GUADELOUPE,     12",
            "MARTINIQUE,     12",
            "GUYANE,         12",
            "LA_REUNION,     12",
            "MAYOTTE,        12",
    })
    void nombreDeJoursFeries(Territoire territoire, int nombre) {
        assertThat(JoursFeries.de(territoire, 2026)).hasSize(nombre);
    }

    @ParameterizedTest
    @EnumSource(Territoire.class)
    void tableTrieeEtNonModifiable(Territoire territoire) {
        SortedMap<LocalDate, String> feries = JoursFeries.de(territoire, 2026);
        assertThat(feries.firstKey()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(feries.keySet()).allSatisfy(date -> assertThat(date.getYear()).isEqualTo(2026));
        assertThatThrownBy(() -> feries.put(LocalDate.of(2026, 3, 3), "Inventé"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
