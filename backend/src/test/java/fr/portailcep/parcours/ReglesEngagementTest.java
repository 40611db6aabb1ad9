package fr.portailcep.parcours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.portailcep.parcours.ReglesEngagement.UnitePassee;

/** Which unit of work may be engaged, from the units already in the dossier (rule 3, CCTP §1.2.6). */
class ReglesEngagementTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 23);
    private static final Eligibilite OK = Eligibilite.CONFIRMEE;

    static Stream<Arguments> cas() {
        var uo1EnCours = new UnitePassee(UniteOeuvre.UO1, AUJOURDHUI.minusDays(10), true, null);
        var uo1Close = new UnitePassee(UniteOeuvre.UO1, AUJOURDHUI.minusMonths(3), false,
                MotifCloture.LIVRABLE_SIGNE);
        var uo21Signee = new UnitePassee(UniteOeuvre.UO2_1, AUJOURDHUI.minusMonths(7), false,
                MotifCloture.LIVRABLE_SIGNE_PAPIER);
        var uo21Abandonnee = new UnitePassee(UniteOeuvre.UO2_1, AUJOURDHUI.minusMonths(7), false,
                MotifCloture.ABANDON);
        var uo21Ancienne = new UnitePassee(UniteOeuvre.UO2_1, AUJOURDHUI.minusMonths(19), false,
                MotifCloture.LIVRABLE_SIGNE);
        var uo22Faite = new UnitePassee(UniteOeuvre.UO2_2, AUJOURDHUI.minusMonths(1), false,
                MotifCloture.SOUHAIT_ECRIT_DE_CLORE);
        return Stream.of(
                Arguments.of("UO1 d’un dossier vide", List.of(), UniteOeuvre.UO1, OK, true, AUJOURDHUI, null),
                Arguments.of("UO2.1 sans UO1", List.of(), UniteOeuvre.UO2_1, OK, true, AUJOURDHUI, null),
                Arguments.of("UO2.1 après l’UO1", List.of(uo1Close), UniteOeuvre.UO2_1, OK, true, AUJOURDHUI, null),
                Arguments.of("sans l’accord de la personne", List.of(), UniteOeuvre.UO1, OK, false, AUJOURDHUI,
                        RefusEngagement.ACCORD_MANQUANT),
                Arguments.of("dans le futur", List.of(), UniteOeuvre.UO1, OK, true, AUJOURDHUI.plusDays(1),
                        RefusEngagement.DATE_FUTURE),
                Arguments.of("avant la dernière unité", List.of(uo1Close), UniteOeuvre.UO2_1, OK, true,
                        AUJOURDHUI.minusMonths(4), RefusEngagement.DATE_ANTERIEURE),
                Arguments.of("UO1 d’une personne sans emploi", List.of(), UniteOeuvre.UO1,
                        new Eligibilite(false, true, true), true, AUJOURDHUI, RefusEngagement.NON_ELIGIBLE),
                Arguments.of("UO2.1 d’un agent public", List.of(), UniteOeuvre.UO2_1,
                        new Eligibilite(true, false, true), true, AUJOURDHUI, RefusEngagement.NON_ELIGIBLE),
                Arguments.of("UO1 d’une personne suivie par un autre opérateur", List.of(), UniteOeuvre.UO1,
                        new Eligibilite(true, true, false), true, AUJOURDHUI, RefusEngagement.NON_ELIGIBLE),
                Arguments.of("une unité déjà en cours", List.of(uo1EnCours), UniteOeuvre.UO2_1, OK, true, AUJOURDHUI,
                        RefusEngagement.UNITE_EN_COURS),
                Arguments.of("UO2.2 sans UO2.1", List.of(uo1Close), UniteOeuvre.UO2_2, OK, true, AUJOURDHUI,
                        RefusEngagement.UO22_SANS_UO21),
                Arguments.of("UO2.2 après une UO2.1 abandonnée", List.of(uo21Abandonnee), UniteOeuvre.UO2_2, OK, true,
                        AUJOURDHUI, RefusEngagement.UO22_PROJET_NON_SIGNE),
                Arguments.of("UO2.2 après une UO2.1 signée", List.of(uo21Signee), UniteOeuvre.UO2_2,
                        Eligibilite.NON_CONFIRMEE, true, AUJOURDHUI, null),
                Arguments.of("deuxième UO2.2 pour la même UO2.1", List.of(uo21Signee, uo22Faite), UniteOeuvre.UO2_2,
                        OK, true, AUJOURDHUI, RefusEngagement.UO22_DEJA_ENGAGEE),
                Arguments.of("UO2.2 plus de 18 mois après l’UO2.1", List.of(uo21Ancienne), UniteOeuvre.UO2_2, OK,
                        true, AUJOURDHUI, RefusEngagement.UO22_DELAI_DEPASSE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cas")
    void verifie_l_engagement(String cas, List<UnitePassee> unites, UniteOeuvre uo, Eligibilite eligibilite,
            boolean accord, LocalDate date, RefusEngagement attendu) {
        assertThat(ReglesEngagement.verifier(unites, uo, eligibilite, accord, date, AUJOURDHUI))
                .isEqualTo(Optional.ofNullable(attendu));
    }
}
