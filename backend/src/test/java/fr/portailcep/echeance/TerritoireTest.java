package fr.portailcep.echeance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TerritoireTest {

    @ParameterizedTest(name = "département «{0}» → {1}")
    @CsvSource({
            "01,     METROPOLE",
            "1,      METROPOLE",
            "9,      METROPOLE",
            "'  75 ', METROPOLE",
            "13,     METROPOLE",
            "2A,     METROPOLE",
            "2B,     METROPOLE",
            "2a,     METROPOLE",
            "' 2b',  METROPOLE",
            "19,     METROPOLE",
            "21,     METROPOLE",
            "54,     METROPOLE",
            "55,     METROPOLE",
            "88,     METROPOLE",
            "90,     METROPOLE",
            "95,     METROPOLE",
            "57,     ALSACE_MOSELLE",
            "67,     ALSACE_MOSELLE",
            "68,     ALSACE_MOSELLE",
            "' 67',  ALSACE_MOSELLE",
            "971,    GUADELOUPE",
            "972,    MARTINIQUE",
            "973,    GUYANE",
            "974,    LA_REUNION",
            "976,    MAYOTTE",
    })
    void duDepartement(String code, Territoire attendu) {
        assertThat(Territoire.duDepartement(code)).isEqualTo(attendu);
    }

    @ParameterizedTest(name = "département «{0}» refusé")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "0", "00", "000", "20", "96", "99", "100", "970", "975", "977", "978",
            "979", "984", "988", "2C", "AB", "7 5", "75a", "0975", "1000", "-1", "+1"})
    void duDepartementRefuseLesCodesInconnus(String code) {
        assertThatThrownBy(() -> Territoire.duDepartement(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("département");
    }

    @ParameterizedTest(name = "département «{0}» non couvert")
    @ValueSource(strings = {"975", "977", "978"})
    void territoiresNonCouvertsExpliques(String code) {
        assertThatThrownBy(() -> Territoire.duDepartement(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non couvert");
    }

    @ParameterizedTest(name = "code postal «{0}» → {1}")
    @CsvSource({
            "75001,       METROPOLE",
            "01000,       METROPOLE",
            "'  13001  ', METROPOLE",
            "20000,       METROPOLE",
            "20190,       METROPOLE",
            "20200,       METROPOLE",
            "20600,       METROPOLE",
            "54000,       METROPOLE",
            "90000,       METROPOLE",
            "95000,       METROPOLE",
            "57000,       ALSACE_MOSELLE",
            "67000,       ALSACE_MOSELLE",
            "68100,       ALSACE_MOSELLE",
            "97100,       GUADELOUPE",
            "97110,       GUADELOUPE",
            "97200,       MARTINIQUE",
            "97300,       GUYANE",
            "97400,       LA_REUNION",
            "97600,       MAYOTTE",
    })
    void duCodePostal(String codePostal, Territoire attendu) {
        assertThat(Territoire.duCodePostal(codePostal)).isEqualTo(attendu);
    }

    @ParameterizedTest(name = "code postal «{0}» refusé")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "7500", "750011", "75 001", "ABCDE", "2A000", "00100", "96000", "99000",
            "97000", "97700", "97800", "97900"})
    void duCodePostalRefuseLesCodesMalFormesOuInconnus(String codePostal) {
        assertThatThrownBy(() -> Territoire.duCodePostal(codePostal))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Code postal");
    }

    // Saint-Barthélemy et Saint-Martin ont des codes 971xx mais pas le calendrier de la Guadeloupe.
    @ParameterizedTest(name = "code postal «{0}» non couvert")
    @ValueSource(strings = {"97133", "97150", "97500", "98000", "98700", "98800"})
    void duCodePostalRefuseLesTerritoiresNonCouverts(String codePostal) {
        assertThatThrownBy(() -> Territoire.duCodePostal(codePostal))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non couvert");
    }

    @ParameterizedTest(name = "{0} : « {1} », {2}")
    @CsvSource({
            "METROPOLE,      Métropole,      Europe/Paris",
            "ALSACE_MOSELLE, Alsace-Moselle, Europe/Paris",
            "GUADELOUPE,     Guadeloupe,     America/Guadeloupe",
            "MARTINIQUE,     Martinique,     America/Martinique",
            "GUYANE,         Guyane,         America/Cayenne",
            "LA_REUNION,     La Réunion,     Indian/Reunion",
            "MAYOTTE,        Mayotte,        Indian/Mayotte",
    })
    void libelleEtFuseau(Territoire territoire, String libelle, String fuseau) {
        assertThat(territoire.libelle()).isEqualTo(libelle);
        assertThat(territoire.fuseauHoraire()).isEqualTo(ZoneId.of(fuseau));
    }
}
