package fr.portailcep.parcours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A unit engaged: its period, when it is overdue, the motives and days it may be closed with. */
class UniteOeuvreEngageeTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "{0} engagée le {1} : fin de délai {2}")
    @CsvSource(delimiter = '|', textBlock = """
            UO0   | 2026-11-23 | ''
            UO1   | 2026-09-30 | 2026-11-30
            UO2_1 | 2026-05-31 | 2026-11-30
            """)
    void chaque_unite_a_son_delai(UniteOeuvre uo, LocalDate engagee, String fin) {
        var unite = DossierTest.dossierAvec(uo.name() + "@" + (engagee.toEpochDay() - AUJOURDHUI.toEpochDay()))
                .unites().getLast();
        assertThat(unite.finDeDelai().map(LocalDate::toString).orElse("")).isEqualTo(fin);
    }

    @ParameterizedTest(name = "UO1 engagée à J{0} : échue = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            -62 | true
            -61 | false
            0   | false
            """)
    void une_unite_en_cours_est_echue_le_lendemain_de_sa_fin_de_delai(int jours, boolean echue) {
        var unite = DossierTest.dossierAvec("UO1@" + jours).uniteEnCours().orElseThrow();
        assertThat(unite.estEchue(AUJOURDHUI)).isEqualTo(echue);
    }

    @ParameterizedTest(name = "UO0 réalisée aussitôt, jamais échue")
    @CsvSource("UO0")
    void l_uo0_est_realisee_aussitot(UniteOeuvre uo) {
        var unite = DossierTest.dossierAvec(uo.name()).unites().getLast();
        assertThat(unite.enCours()).isFalse();
        assertThat(unite.motifCloture()).contains(MotifCloture.REALISEE);
        assertThat(unite.estEchue(AUJOURDHUI.plusYears(2))).isFalse();
        assertThat(unite.motifsSaisissables()).isEmpty();
    }

    @ParameterizedTest(name = "{0} : aucun motif à saisir à la main")
    @CsvSource({"UO1", "UO2_1", "UO2_2"})
    void aucun_motif_ne_se_saisit_a_la_main_les_clotures_viennent_des_signatures_ou_de_la_tache(UniteOeuvre uo) {
        // Since issue 10, a unit closes when its livrable is signed (or by the abandon job): no motive by hand.
        var unite = DossierTest.dossierAvec(uo == UniteOeuvre.UO2_2 ? "UO2_1:LIVRABLE_SIGNE UO2_2" : uo.name())
                .uniteEnCours().orElseThrow();
        assertThat(unite.motifsSaisissables()).isEmpty();
        assertThat(Arrays.stream(MotifCloture.values()).filter(MotifCloture::saisiParConseiller).toList()).isEmpty();
    }

    @ParameterizedTest(name = "UO1 engagée à J-10, close à J{0} : {1}")
    @CsvSource(delimiter = '|', textBlock = """
            -11 | false
            -10 | true
            0   | true
            1   | false
            """)
    void une_unite_se_clot_entre_son_engagement_et_aujourd_hui(int jours, boolean possible) {
        var unite = DossierTest.dossierAvec("UO1@-10").uniteEnCours().orElseThrow();
        assertThat(unite.datesDeCloture(AUJOURDHUI).contient(AUJOURDHUI.plusDays(jours))).isEqualTo(possible);
    }
}
