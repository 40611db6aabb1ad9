package fr.portailcep.compte;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolitiqueJetonTest {

    private final PolitiqueJeton politique = PolitiqueJeton.PAR_DEFAUT;

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 0", "2, 2", "3, 5", "4, 15", "9, 15"})
    void l_attente_grandit_avec_les_codes_faux(int essaisRates, long secondes) {
        assertThat(politique.attenteApres(essaisRates)).isEqualTo(Duration.ofSeconds(secondes));
    }

    @ParameterizedTest
    @CsvSource({"0, 5, false", "4, 1, false", "5, 0, true", "7, 0, true"})
    void cinq_codes_faux_bloquent(int essaisRates, int restants, boolean bloque) {
        assertThat(politique.essaisRestants(essaisRates)).isEqualTo(restants);
        assertThat(politique.estBloque(essaisRates)).isEqualTo(bloque);
    }
}
