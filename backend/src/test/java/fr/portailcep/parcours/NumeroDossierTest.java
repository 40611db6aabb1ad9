package fr.portailcep.parcours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumeroDossierTest {

    @ParameterizedTest
    @CsvSource({
            "GE, 2026-11, UO0,   1,      GE 26 11 00 000001",
            "GE, 2026-11, UO1,   42,     GE 26 11 01 000042",
            "A7, 2027-01, UO2_1, 999999, A7 27 01 21 999999",
            "GE, 2030-12, UO2_2, 7,      GE 30 12 22 000007",
    })
    void se_forme_avec_l_operateur_l_annee_le_mois_l_uo_et_le_compteur(String operateur, String mois, UniteOeuvre uo,
            int compteur, String attendu) {
        var numero = NumeroDossier.de(operateur, YearMonth.parse(mois), uo, compteur);
        assertThat(numero.affiche()).isEqualTo(attendu);
        assertThat(numero.valeur()).isEqualTo(attendu.replace(" ", ""));
        assertThat(numero.valeur()).hasSize(14);
        assertThat(numero.uniteOeuvre()).isEqualTo(uo);
        assertThat(numero.compteur()).isEqualTo(compteur);
        assertThat(NumeroDossier.lire(numero.affiche())).isEqualTo(numero);
    }

    @Test
    void s_affiche_en_cinq_groupes() {
        assertThat(NumeroDossier.de("GE", YearMonth.of(2026, 11), UniteOeuvre.UO1, 42).affiche())
                .isEqualTo("GE 26 11 01 000042");
    }

    @ParameterizedTest
    @CsvSource({"GE2613010000001", "GE2611030000001", "ge2611010000001", "GE26110100001", "GE2611010000001"})
    void refuse_un_numero_mal_forme(String valeur) {
        assertThatThrownBy(() -> new NumeroDossier(valeur)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuse_un_compteur_hors_bornes() {
        assertThatThrownBy(() -> NumeroDossier.de("GE", YearMonth.of(2026, 1), UniteOeuvre.UO1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NumeroDossier.de("GE", YearMonth.of(2026, 1), UniteOeuvre.UO1, 1_000_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "UO1,   2026-01-31, ,           2026-03-31",
            "UO1,   2026-11-23, ,           2027-01-23",
            "UO2_1, 2026-08-31, ,           2027-02-28",
            "UO2_2, 2027-03-10, 2026-11-23, 2028-05-23",
    })
    void chaque_uo_a_sa_fin_de_delai(UniteOeuvre uo, LocalDate engagement, LocalDate engagementUo21, LocalDate fin) {
        assertThat(uo.finDeDelai(engagement, engagementUo21)).contains(fin);
    }

    @Test
    void l_aiguillage_n_a_pas_de_delai() {
        assertThat(UniteOeuvre.UO0.finDeDelai(LocalDate.of(2026, 11, 23), null)).isEmpty();
    }
}
