package fr.portailcep.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.portailcep.satisfaction.Indicateur81.Reponse;

/** Indicator 8.1: a table of cases, one line per set of answers ("4/3" = qualité 4, utilité 3; "-" = unanswered). */
class Indicateur81Test {

    @ParameterizedTest(name = "{0} → {1} positives sur {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # réponses (qualité/utilité)   | positives | complètes | part (‰, -1 = aucune)
            ''                             | 0         | 0         | -1
            4/4                            | 1         | 1         | 1000
            3/3                            | 1         | 1         | 1000
            4/2                            | 0         | 1         | 0
            2/4                            | 0         | 1         | 0
            1/1                            | 0         | 1         | 0
            3/-                            | 0         | 0         | -1
            -/-                            | 0         | 0         | -1
            4/4 3/4 2/2 1/4                | 2         | 4         | 500
            4/4 3/3 4/3 -/4 4/-            | 3         | 3         | 1000
            4/4 2/3 3/2 1/1 4/3 -/-        | 2         | 5         | 400
            """)
    void la_part_positive_compte_qualite_ET_utilite_parmi_les_deux_meilleurs_niveaux(String reponses, int positives,
            int completes, int pourMille) {
        var liste = new ArrayList<Reponse>();
        for (var r : reponses.isBlank() ? new String[0] : reponses.strip().split("\\s+")) {
            var deux = r.split("/");
            liste.add(new Reponse(niveau(deux[0]), niveau(deux[1])));
        }
        var part = Indicateur81.part(liste);
        assertThat(part.positives()).as("réponses positives").isEqualTo(positives);
        assertThat(part.reponses()).as("réponses complètes").isEqualTo(completes);
        if (pourMille < 0) {
            assertThat(part.valeur()).as("pas de part sans réponse complète").isEmpty();
        } else {
            assertThat(Math.round(part.valeur().orElseThrow() * 1000)).isEqualTo(pourMille);
        }
    }

    @ParameterizedTest(name = "{0}/{1} → {2}")
    @CsvSource({ "4,4,true", "4,3,true", "3,4,true", "3,3,true", "4,2,false", "2,3,false", "2,2,false", "1,4,false" })
    void une_reponse_est_positive_quand_qualite_et_utilite_sont_parmi_les_deux_meilleurs(int q, int u, boolean positive) {
        assertThat(Indicateur81.positive(new Reponse(Niveau.deValeur(q), Niveau.deValeur(u)))).isEqualTo(positive);
    }

    @org.junit.jupiter.api.Test
    void les_parts_par_cle_se_comptent_separement() {
        record E(String site, Reponse r) {
        }
        var parts = Indicateur81.parCle(List.of(new E("A", new Reponse(Niveau.TOUT_A_FAIT, Niveau.PLUTOT_OUI)),
                new E("B", new Reponse(Niveau.PLUTOT_NON, Niveau.TOUT_A_FAIT)),
                new E("A", new Reponse(Niveau.PAS_DU_TOUT, Niveau.PAS_DU_TOUT)),
                new E("B", new Reponse(null, Niveau.TOUT_A_FAIT))), E::site, E::r);
        assertThat(parts).containsEntry("A", new Indicateur81.Part(1, 2)).containsEntry("B", new Indicateur81.Part(0, 1));
    }

    private static Niveau niveau(String texte) {
        return "-".equals(texte) ? null : Niveau.deValeur(Integer.parseInt(texte));
    }
}
