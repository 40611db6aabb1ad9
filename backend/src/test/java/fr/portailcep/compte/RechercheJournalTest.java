package fr.portailcep.compte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.portailcep.shared.SaisieRefusee;

/** A search of the audit journal: the period and the text are checked where the search is made. */
class RechercheJournalTest {

    @ParameterizedTest(name = "du {0} au {1}, « {2} » → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2026-11-01|2026-11-24|-          |-",
            "2026-11-24|2026-11-24|Martin     |-",
            "-         |2026-11-24|-          |-",
            "2026-11-01|-         |-          |-",
            "2026-11-24|2026-11-01|-          |au",
            "2026-11-24|2026-11-01|'Mar\u202Etin'|au texte",
            "2026-11-01|2026-11-24|'Mar\u202Etin'|texte",
    })
    void la_periode_finit_apres_son_debut_et_le_texte_peut_etre_cherche(LocalDate du, LocalDate au, String texte,
            String refuses) {
        if (refuses == null) {
            var recherche = new JournalAudit.Recherche(du, au, null, null, null, texte);
            assertThat(recherche.du()).isEqualTo(du);
            return;
        }
        assertThatThrownBy(() -> new JournalAudit.Recherche(du, au, null, null, null, texte))
                .isInstanceOfSatisfying(SaisieRefusee.class,
                        r -> assertThat(r.erreurs().keySet()).containsExactly(refuses.split(" ")));
    }
}
