package fr.portailcep.aiguillage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegleOrientationTest {

    private static final Optional<java.util.Set<String>> GRAND_EST = Regions.departementsDe("Grand Est");

    @ParameterizedTest(name = "{0} {1} cadre={2} suivi={3} handicap={4} {5} {6}/{7} → {8} + {9}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # situation | employeur | cadre | déjà suivi  | handicap | âge         | domicile | travail | principale             | autres
            SALARIE     | PRIVE     | false | NON         | false    | DE_26_A_49  | 67000    | -       | RENDEZ_VOUS_CEP        | -
            INDEPENDANT | -         | -     | NE_SAIT_PAS | false    | PLUS_DE_50  | 51100    | -       | RENDEZ_VOUS_CEP        | -
            SALARIE     | PRIVE     | true  | NON         | false    | DE_26_A_49  | 67000    | -       | APEC                   | -
            SALARIE     | PRIVE     | false | NON         | true     | DE_26_A_49  | 57000    | -       | CAP_EMPLOI             | -
            SALARIE     | PRIVE     | true  | NON         | true     | PLUS_DE_50  | 57000    | -       | CAP_EMPLOI             | APEC
            SALARIE     | PRIVE     | false | NON         | false    | MOINS_DE_26 | 68100    | -       | MISSION_LOCALE         | -
            SANS_EMPLOI | -         | -     | NON         | false    | DE_26_A_49  | 67000    | -       | FRANCE_TRAVAIL         | -
            SANS_EMPLOI | -         | -     | NON         | true     | MOINS_DE_26 | 67000    | -       | FRANCE_TRAVAIL         | CAP_EMPLOI MISSION_LOCALE
            AUTRE       | -         | -     | NON         | false    | MOINS_DE_26 | 08000    | -       | FRANCE_TRAVAIL         | MISSION_LOCALE
            SALARIE     | PUBLIC    | -     | NON         | false    | DE_26_A_49  | 67000    | -       | EMPLOYEUR_PUBLIC       | -
            SALARIE     | PRIVE     | true  | OUI         | false    | DE_26_A_49  | 67000    | -       | OPERATEUR_CEP_ACTUEL   | APEC
            # hors de la région : ni domicile ni travail dans le Grand Est
            SALARIE     | PRIVE     | false | NON         | false    | DE_26_A_49  | 75011    | -       | OPERATEUR_CEP_REGIONAL | -
            # domicile ailleurs mais travail ici : c'est bien ici
            SALARIE     | PRIVE     | false | NON         | false    | DE_26_A_49  | 75011    | 67000   | RENDEZ_VOUS_CEP        | -
            # frontalier de Moselle qui travaille au Luxembourg : le domicile suffit
            SALARIE     | PRIVE     | false | NON         | false    | DE_26_A_49  | 57100    | -       | RENDEZ_VOUS_CEP        | -
            SALARIE     | PRIVE     | false | NON         | false    | DE_26_A_49  | 97110    | -       | OPERATEUR_CEP_REGIONAL | -
            """)
    void orienter(Situation situation, Employeur employeur, Boolean cadre, DejaSuivi dejaSuivi, boolean handicap,
            TrancheAge age, String domicile, String travail, Orientation principale, String autres) {
        var reponses = new Reponses(situation, employeur, cadre, dejaSuivi, handicap, age, domicile, travail,
                Motif.CHANGER_DE_METIER, null);
        assertThat(reponses.erreurs()).isEmpty();
        var conseil = RegleOrientation.orienter(reponses, GRAND_EST);
        assertThat(conseil.principale()).isEqualTo(principale);
        assertThat(conseil.autres()).containsExactlyElementsOf(autres == null ? List.<Orientation>of()
                : Arrays.stream(autres.split(" ")).map(Orientation::valueOf).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Grand Est                  | 67
            GRAND EST                  | 88
            Île-de-France              | 75
            Provence-Alpes-Côte d’Azur | 13
            La Réunion                 | 974
            """)
    void regions_ecrites_comme_on_veut(String region, String departement) {
        assertThat(Regions.departementsDe(region)).hasValueSatisfying(d -> assertThat(d).contains(departement));
    }
}
