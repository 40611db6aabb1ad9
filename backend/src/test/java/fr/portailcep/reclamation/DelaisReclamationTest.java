package fr.portailcep.reclamation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.portailcep.reclamation.DelaisReclamation.Palier;

/** The clocks of a réclamation, in calendar days from its receipt (CCTP §3.7), as a table of cases. */
class DelaisReclamationTest {

    @ParameterizedTest(name = "reçue le {0} : accusé avant le {1}, réponse avant le {2}")
    @CsvSource({
            "2026-03-02, 2026-03-09, 2026-04-16",
            // Across the end of a month and of a year, a leap day.
            "2026-12-20, 2026-12-27, 2027-02-03",
            "2028-02-01, 2028-02-08, 2028-03-17",
            // A receipt on a Sunday or a public holiday counts all the same: calendar days.
            "2026-05-01, 2026-05-08, 2026-06-15",
    })
    void les_dates_limites_se_comptent_en_jours_calendaires_depuis_la_reception(LocalDate recue, LocalDate accuse,
            LocalDate reponse) {
        assertThat(DelaisReclamation.accuseAvant(recue)).isEqualTo(accuse);
        assertThat(DelaisReclamation.reponseAvant(recue)).isEqualTo(reponse);
    }

    @ParameterizedTest(name = "reçue le 2 mars 2026, le {0} : {1}")
    @CsvSource(nullValues = "AUCUN", value = {
            // Due on 16 April 2026.
            "2026-03-02, AUCUN",
            "2026-04-05, AUCUN",
            "2026-04-06, J10",
            "2026-04-12, J10",
            "2026-04-13, J3",
            "2026-04-16, J3",
            "2026-04-17, RETARD",
            "2026-06-30, RETARD",
    })
    void le_palier_de_la_reponse_depend_des_jours_restants(LocalDate aujourdhui, Palier attendu) {
        assertThat(DelaisReclamation.palierReponse(LocalDate.of(2026, 3, 2), aujourdhui))
                .isEqualTo(Optional.ofNullable(attendu));
    }

    @ParameterizedTest(name = "reçue le 2 mars 2026, accusée {1}, répondue {2}, le {0} : {3}")
    @CsvSource(nullValues = "AUCUN", value = {
            "2026-03-09, false, false, ''",
            "2026-03-10, false, false, ACCUSE",
            "2026-03-10, true, false, ''",
            "2026-04-06, false, false, ACCUSE J10",
            "2026-04-06, true, false, J10",
            "2026-04-17, true, false, RETARD",
            "2026-04-17, true, true, ''",
            "2026-04-17, false, true, ''",
    })
    void les_paliers_d_alerte_d_une_reclamation(LocalDate aujourdhui, boolean accusee, boolean repondue,
            String attendus) {
        var paliers = DelaisReclamation.paliers(LocalDate.of(2026, 3, 2), accusee, repondue, aujourdhui);
        assertThat(paliers.stream().map(Enum::name).toList())
                .isEqualTo(attendus.isBlank() ? List.of() : List.of(attendus.split(" ")));
    }

    @ParameterizedTest(name = "reçue le {0}, enregistrée le 10 mars 2026 : {1}")
    @CsvSource(nullValues = "AUCUN", value = {
            "2026-03-10, AUCUN",
            "2026-03-01, AUCUN",
            "2025-03-10, AUCUN",
            "2025-03-09, reclamation.erreur.recue.ancienne",
            "2026-03-11, reclamation.erreur.recue.future",
    })
    void une_date_de_reception_n_est_ni_dans_le_futur_ni_de_plus_d_un_an(LocalDate recue, String refus) {
        assertThat(DelaisReclamation.probleme(recue, LocalDate.of(2026, 3, 10))).isEqualTo(Optional.ofNullable(refus));
    }

    @Test
    void sans_date_de_reception_la_saisie_est_refusee() {
        assertThat(DelaisReclamation.probleme(null, LocalDate.of(2026, 3, 10)))
                .contains("reclamation.erreur.recue.requise");
    }

    @Test
    void pas_de_reponse_apres_la_date_limite_est_un_retard_des_le_lendemain() {
        var recue = LocalDate.of(2026, 3, 2);
        assertThat(DelaisReclamation.reponseEnRetard(recue, LocalDate.of(2026, 4, 16))).isFalse();
        assertThat(DelaisReclamation.reponseEnRetard(recue, LocalDate.of(2026, 4, 17))).isTrue();
        assertThat(DelaisReclamation.joursRestants(recue, LocalDate.of(2026, 4, 6))).isEqualTo(10);
    }
}
