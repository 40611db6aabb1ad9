package fr.portailcep.echeance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Indicateur84Test {

    private static final CalendrierJoursOuvres METROPOLE = CalendrierJoursOuvres.pour(Territoire.METROPOLE);
    private static final LocalDate DU = LocalDate.of(2026, 1, 1);
    private static final LocalDate AU = LocalDate.of(2026, 6, 30);

    private static Indicateur84.Mesure mesure(String demande, String premierEchange) {
        var d = LocalDate.parse(demande);
        return new Indicateur84.Mesure(d, METROPOLE.dateLimitePremierEchange(d),
                premierEchange == null ? null : LocalDate.parse(premierEchange), METROPOLE);
    }

    @Test
    void moyenne_mediane_percentile_et_part_dans_le_delai() {
        var mesures = List.of(
                mesure("2026-03-02", "2026-03-03"),  // 1 jour ouvré
                mesure("2026-03-02", "2026-03-06"),  // 4
                mesure("2026-03-02", "2026-03-16"),  // 10
                mesure("2026-03-02", "2026-04-14"),  // 30 (lundi de Pâques le 06/04) : le dernier jour du délai
                mesure("2026-03-02", "2026-04-15"),  // 31 : hors délai
                mesure("2026-01-05", null),          // en retard sans échange au 01/06
                mesure("2026-05-29", null));         // en cours, pas encore échu au 01/06
        var i = Indicateur84.calculer(DU, AU, LocalDate.of(2026, 6, 1), mesures);

        assertThat(i.demandes()).isEqualTo(7);
        assertThat(i.honorees()).isEqualTo(5);
        assertThat(i.honoreesDansLeDelai()).isEqualTo(4);
        assertThat(i.enRetardSansEchange()).isEqualTo(1);
        assertThat(i.enCours()).isEqualTo(1);
        assertThat(i.moyenneJoursOuvres().getAsDouble()).isEqualTo((1 + 4 + 10 + 30 + 31) / 5.0);
        assertThat(i.medianeJoursOuvres().getAsDouble()).isEqualTo(10);
        assertThat(i.percentile90JoursOuvres().getAsDouble()).isEqualTo(31);
        // 4 dans le délai sur 5 honorées + 1 en retard
        assertThat(i.partDansLeDelai().getAsDouble()).isEqualTo(4 / 6.0);
    }

    @Test
    void sans_demande_pas_de_chiffre() {
        var i = Indicateur84.calculer(DU, AU, LocalDate.of(2026, 6, 1), List.of());
        assertThat(i.moyenneJoursOuvres()).isEmpty();
        assertThat(i.medianeJoursOuvres()).isEmpty();
        assertThat(i.percentile90JoursOuvres()).isEmpty();
        assertThat(i.partDansLeDelai()).isEmpty();
    }

    @ParameterizedTest(name = "{0} → médiane {1}, 90e centile {2}")
    @CsvSource(delimiter = '|', textBlock = """
            5                       | 5   | 5
            1,2                     | 1.5 | 2
            3,1,2                   | 2   | 3
            1,2,3,4,5,6,7,8,9,10    | 5.5 | 9
            1,2,3,4,5,6,7,8,9,10,11 | 6   | 10
            10,10,10,40             | 10  | 40
            """)
    void mediane_et_percentile_au_rang_le_plus_proche(String valeurs, double mediane, double p90) {
        var liste = java.util.Arrays.stream(valeurs.split(",")).map(Long::valueOf).toList();
        assertThat(Indicateur84.mediane(liste).getAsDouble()).isEqualTo(mediane);
        assertThat(Indicateur84.percentile(liste, 90).getAsDouble()).isEqualTo(p90);
    }

    @Test
    void un_echange_le_jour_meme_compte_zero_jour() {
        var i = Indicateur84.calculer(DU, AU, LocalDate.of(2026, 6, 1), List.of(mesure("2026-03-02", "2026-03-02")));
        assertThat(i.moyenneJoursOuvres().getAsDouble()).isZero();
        assertThat(i.moyenneJoursCalendaires().getAsDouble()).isZero();
        assertThat(i.partDansLeDelai().getAsDouble()).isEqualTo(1.0);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "du {0} au {1} : permise {2}")
    @org.junit.jupiter.params.provider.CsvSource(nullValues = "-", value = {
            "2026-01-01, 2026-12-31, true",
            "2026-05-05, 2026-05-05, true",
            "2026-05-06, 2026-05-05, false",
            "-,          2026-05-05, false",
            "2026-05-05, -,          false",
    })
    void une_periode_a_l_envers_est_refusee_a_cote_de_sa_fin(java.time.LocalDate du, java.time.LocalDate au,
            boolean permise) {
        if (permise) {
            Indicateur84.verifierPeriode(du, au);
        } else {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Indicateur84.verifierPeriode(du, au))
                    .isInstanceOfSatisfying(fr.portailcep.shared.ActeRefuse.class, refus -> {
                        org.assertj.core.api.Assertions.assertThat(refus.champ()).contains("au");
                        org.assertj.core.api.Assertions.assertThat(refus.cle()).isEqualTo("indicateur.periode.invalide");
                    });
        }
    }
}
