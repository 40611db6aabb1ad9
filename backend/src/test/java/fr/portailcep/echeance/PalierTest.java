package fr.portailcep.echeance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PalierTest {

    @ParameterizedTest(name = "{0} : le {1}, échéance le {2} → {3}")
    @CsvSource(nullValues = "-", textBlock = """
            # Demande du lundi 23/11/2026 : échéance le mercredi 06/01/2027 (25/12 et 01/01 fériés).
            METROPOLE,      2026-11-23, 2027-01-06, -
            METROPOLE,      2026-12-18, 2027-01-06, -
            # J-10 : du 22/12 au 06/01 il reste dix jours ouvrés (22, 23, 24, 28, 29, 30, 31/12, 4, 5, 6/01)
            METROPOLE,      2026-12-21, 2027-01-06, J10
            METROPOLE,      2026-12-24, 2027-01-06, J10
            METROPOLE,      2026-12-30, 2027-01-06, J10
            # J-3 : trois jours ouvrés restants (le 1er janvier ne compte pas), puis deux, un, zéro (le jour même)
            METROPOLE,      2026-12-31, 2027-01-06, J3
            METROPOLE,      2027-01-01, 2027-01-06, J3
            METROPOLE,      2027-01-05, 2027-01-06, J3
            METROPOLE,      2027-01-06, 2027-01-06, J3
            # le lendemain de l'échéance : en retard, même un samedi
            METROPOLE,      2027-01-07, 2027-01-06, RETARD
            METROPOLE,      2027-01-09, 2027-01-06, RETARD
            # Alsace-Moselle : le 26/12/2025 (vendredi) est férié, le J-10 arrive un jour plus tôt
            METROPOLE,      2025-12-17, 2026-01-05, -
            METROPOLE,      2025-12-18, 2026-01-05, J10
            ALSACE_MOSELLE, 2025-12-17, 2026-01-05, J10
            # La Réunion : le 20/12/2027 (lundi) est férié
            METROPOLE,      2027-12-17, 2028-01-03, -
            LA_REUNION,     2027-12-17, 2028-01-03, J10
            METROPOLE,      2027-12-24, 2028-01-03, J10
            """)
    void palier_atteint(Territoire territoire, LocalDate aujourdhui, LocalDate dateLimite, Palier attendu) {
        assertThat(Palier.atteint(aujourdhui, dateLimite, CalendrierJoursOuvres.pour(territoire)).orElse(null))
                .isEqualTo(attendu);
    }
}
