package fr.portailcep.operateur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The operator of a lot (CCTP annexe 1): a two-character code, used in every dossier number, and a lot from 1 to 19. */
class OperateurTest {

    @ParameterizedTest(name = "code {0}, lot {1} → accepté : {2}")
    @CsvSource({
            "AB, 1, true",
            "Z9, 19, true",
            "07, 10, true",
            "ab, 1, false",
            "ABC, 1, false",
            "A, 1, false",
            "A-, 1, false",
            "AB, 0, false",
            "AB, 20, false"
    })
    void accepte_un_code_de_deux_caracteres_et_un_lot_de_1_a_19(String code, int lot, boolean accepte) {
        if (accepte) {
            var operateur = new Operateur(code, "CEP Grand Est", lot, "Grand Est", "0800000000", null);
            assertThat(operateur.code()).isEqualTo(code);
            assertThat(operateur.lot()).isEqualTo(lot);
        } else {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Operateur(code, "CEP Grand Est", lot, "Grand Est", "0800000000", null));
        }
    }
}
