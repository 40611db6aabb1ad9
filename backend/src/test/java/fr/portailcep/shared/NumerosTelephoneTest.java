package fr.portailcep.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumerosTelephoneTest {

    @ParameterizedTest(name = "« {0} » → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            06 12 34 56 78     | 06 12 34 56 78
            0612345678         | 06 12 34 56 78
            06.12.34.56.78     | 06 12 34 56 78
            +33 6 12 34 56 78  | 06 12 34 56 78
            0033612345678      | 06 12 34 56 78
            03 88 00 00 01     | 03 88 00 00 01
            0690 12 34 56      | 0690 12 34 56
            0692 12 34 56      | 0692 12 34 56
            +44 20 7946 0958   | +44 20 7946 0958
            06 12 34           | -
            0012               | -
            pas de numéro      | -
            -                  | -
            """)
    void lire(String saisie, String attendu) {
        assertThat(NumerosTelephone.lire(saisie).orElse(null)).isEqualTo(attendu);
    }
}
