package fr.portailcep.compte;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdresseCourrielTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "camille.martin@exemple.fr|camille.martin@exemple.fr",
            "  Camille.Martin@Exemple.FR  |camille.martin@exemple.fr",
            "c+cep@sous.domaine.exemple.org|c+cep@sous.domaine.exemple.org",
            "jean-pierre_o@a-b.fr|jean-pierre_o@a-b.fr",
    })
    void lit_une_adresse_telle_qu_on_la_tape_sur_un_telephone(String saisie, String attendue) {
        assertThat(AdresseCourriel.lire(saisie)).map(AdresseCourriel::valeur).contains(attendue);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "camille", "camille@", "@exemple.fr", "camille@exemple", "camille@exemple.f",
            "camille martin@exemple.fr", "camille@@exemple.fr", "camille..martin@exemple.fr", "camille@-exemple.fr",
            "camille@exemple..fr", "ça@exemple.fr"})
    void refuse_une_adresse_incomplete_ou_mal_formee(String saisie) {
        assertThat(AdresseCourriel.lire(saisie)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void refuse_une_adresse_trop_longue() {
        assertThat(AdresseCourriel.lire("a".repeat(65) + "@exemple.fr")).isEmpty();
        assertThat(AdresseCourriel.lire("a@" + "b".repeat(250) + ".fr")).isEmpty();
        assertThat(AdresseCourriel.lire(null)).isEmpty();
    }
}
