package fr.portailcep.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.portailcep.reclamation.IndicateursReclamations;

/** Indicator 8.7 and the share answered within 45 days: a table of cases. */
class Indicateur87Test {

    @ParameterizedTest(name = "{0} reçues, {1} au médiateur, {2} dans les délais → {3} ‰ et {4} ‰")
    @CsvSource(delimiter = '|', textBlock = """
            # reçues | au médiateur | répondues dans les 45 jours | 8.7 (‰, -1 = aucune) | dans les délais (‰)
            0        | 0            | 0                           | -1                   | -1
            1        | 0            | 1                           | 0                    | 1000
            4        | 1            | 3                           | 250                  | 750
            3        | 3            | 0                           | 1000                 | 0
            8        | 1            | 7                           | 125                  | 875
            """)
    void les_parts_se_calculent_sur_les_reclamations_recues(int recues, int mediateur, int dansLesDelais,
            int pourMille87, int pourMilleDelais) {
        var mois = new IndicateursReclamations.Mois(YearMonth.of(2026, 11), recues, mediateur, dansLesDelais,
                dansLesDelais);
        verifier(Indicateur87.saisinesDuMediateur(mois), pourMille87);
        verifier(Indicateur87.reponduesDansLesDelais(mois), pourMilleDelais);
    }

    @Test
    void la_part_sur_la_periode_additionne_les_mois() {
        var i = new IndicateursReclamations(List.of(new IndicateursReclamations.Mois(YearMonth.of(2026, 10), 3, 1, 3, 2),
                new IndicateursReclamations.Mois(YearMonth.of(2026, 11), 1, 1, 0, 0)), List.of());
        verifier(Indicateur87.saisinesDuMediateur(i), 500);
    }

    private static void verifier(java.util.OptionalDouble part, int pourMille) {
        if (pourMille < 0) {
            assertThat(part).isEmpty();
        } else {
            assertThat(Math.round(part.orElseThrow() * 1000)).isEqualTo(pourMille);
        }
    }
}
