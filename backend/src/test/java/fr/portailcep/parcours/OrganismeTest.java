package fr.portailcep.parcours;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An organisation of the region delivers the services it lists (annexe 3: the choices offered to a person). */
class OrganismeTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "BILAN, true",
            "VAE, true",
            "FORMATION, false",
            "bilan, false",
            "'', false"
    })
    void delivre_les_prestations_qu_il_liste_et_elles_seules(String prestation, boolean attendu) {
        var organisme = new Organisme("Centre de bilan", "1 rue du Port", "67000", "Strasbourg", null, null, false,
                Set.of("BILAN", "VAE"));

        assertThat(organisme.delivre(prestation)).isEqualTo(attendu);
    }

    @ParameterizedTest(name = "propre à l’opérateur : {0}")
    @CsvSource({"true", "false"})
    void garde_ce_qu_on_lui_donne(boolean propre) {
        var organisme = new Organisme("Agence", null, null, "Colmar", "0389000000", "https://exemple.fr", propre,
                Set.of("BILAN"));

        assertThat(organisme.propreOperateur()).isEqualTo(propre);
        assertThat(organisme.adresse()).isEmpty();
        assertThat(organisme.telephone()).contains("0389000000");
        assertThat(organisme.prestations()).containsExactly("BILAN");
    }
}
