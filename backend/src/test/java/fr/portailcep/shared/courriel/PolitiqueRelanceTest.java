package fr.portailcep.shared.courriel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PolitiqueRelanceTest {

    private static final Instant DEPOT = Instant.parse("2026-11-23T09:00:00Z");

    @ParameterizedTest
    @CsvSource({"1, 30", "2, 60", "3, 120", "6, 960", "7, 1800", "30, 1800"})
    void le_delai_double_jusqu_a_trente_minutes(int tentatives, long secondes) {
        var maintenant = DEPOT.plusSeconds(10);
        assertThat(PolitiqueRelance.PAR_DEFAUT.prochaineTentative(DEPOT, tentatives, maintenant))
                .contains(maintenant.plusSeconds(secondes));
    }

    @Test
    void un_courriel_est_abandonne_apres_trois_jours_d_echecs() {
        assertThat(PolitiqueRelance.PAR_DEFAUT.prochaineTentative(DEPOT, 50, DEPOT.plus(Duration.ofDays(3))))
                .isEmpty();
        assertThat(PolitiqueRelance.PAR_DEFAUT.prochaineTentative(DEPOT, 50,
                DEPOT.plus(Duration.ofDays(3)).minusSeconds(1))).isPresent();
    }
}
