package fr.portailcep.messagerie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.portailcep.shared.TextesDeTest;

/** How long a person has been waiting, as the conseiller's inbox says it. */
class AttenteTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PT0S     | moins d’une heure",
            "PT59M    | moins d’une heure",
            "PT1H     | 1 heure",
            "PT23H59M | 23 heures",
            "PT24H    | 1 jour",
            "P3DT2H   | 3 jours",
            "PT-5M    | moins d’une heure",
    })
    void decrit_l_attente_en_mots_simples(Duration duree, String attendu) {
        assertThat(Attente.decrire(duree, TextesDeTest.textes()::get)).isEqualTo(attendu);
    }
}
