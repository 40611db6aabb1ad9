package fr.portailcep.parcours;

import static fr.portailcep.parcours.VuesDeTest.AUJOURDHUI;
import static fr.portailcep.parcours.VuesDeTest.PARIS;
import static fr.portailcep.parcours.VuesDeTest.PERSONNE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What is urgent in the dossiers a conseiller follows: the end of a unit, actions overdue, proposals to validate. */
class UrgencesDuParcoursTest {

    private static List<Urgence> urgences(List<VueDossier> suivis, List<VueAction> actions) {
        return UrgencesDuParcours.de(suivis, actions, AUJOURDHUI, PARIS);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # days until the end of the unit, urgent?, key
            30, false,
            22, false,
            21, true,  parcours.urgence.fin
            0,  true,  parcours.urgence.fin
            -1, true,  parcours.urgence.fin.depassee
            """)
    void la_fin_d_une_unite_est_urgente_trois_semaines_avant(int jours, boolean urgente, String cle) {
        var fin = AUJOURDHUI.plusDays(jours);
        var dossier = VuesDeTest.dossier(List.of(VuesDeTest.enCours(UniteOeuvre.UO1, AUJOURDHUI.minusMonths(2), fin,
                1)), List.of());

        var liste = urgences(List.of(dossier), List.of());

        if (urgente) {
            assertThat(liste).singleElement().satisfies(u -> {
                assertThat(u.type()).isEqualTo(Urgence.Type.FIN_UNITE);
                assertThat(u.echeance()).isEqualTo(fin);
                assertThat(u.beneficiaireId()).isEqualTo(PERSONNE);
                assertThat(u.libelle()).isEqualTo(Libelle.de(cle, "UO1", fin, (long) jours));
            });
        } else {
            assertThat(liste).isEmpty();
        }
    }

    @Test
    void une_unite_close_ou_sans_delai_n_est_pas_urgente() {
        var close = VuesDeTest.close(UniteOeuvre.UO1, AUJOURDHUI.minusMonths(2), AUJOURDHUI.minusDays(1),
                MotifCloture.LIVRABLE_SIGNE, 1);
        var sansDelai = VuesDeTest.enCours(UniteOeuvre.UO2_2, AUJOURDHUI.minusMonths(2), null, 2);

        assertThat(urgences(List.of(VuesDeTest.dossier(List.of(close, sansDelai), List.of())), List.of())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # actions overdue (days late, comma separated), expected date of the urgency, expected count
            '3',     3, 1
            '3;10',  10, 2
            '',      , 0
            """)
    void les_actions_en_retard_font_une_urgence_a_la_date_de_la_plus_ancienne(String retards, Integer plusAncien,
            int nombre) {
        var actions = retards.isBlank() ? List.<VueAction>of() : Arrays.stream(retards.split(";"))
                .map(j -> VuesDeTest.action("Action " + j, StatutAction.A_FAIRE,
                        AUJOURDHUI.minusDays(Integer.parseInt(j)), true, true)).toList();

        var liste = urgences(List.of(VuesDeTest.dossier(List.of(), List.of())), actions).stream()
                .filter(u -> u.type() == Urgence.Type.ACTION_EN_RETARD).toList();

        if (nombre == 0) {
            assertThat(liste).isEmpty();
        } else {
            assertThat(liste).singleElement().satisfies(u -> {
                assertThat(u.echeance()).isEqualTo(AUJOURDHUI.minusDays(plusAncien));
                assertThat(u.libelle()).isEqualTo(Libelle.de("parcours.urgence.retard", nombre));
            });
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # status, validated, to validate?
            A_FAIRE,   false, true
            EN_COURS,  false, true
            A_FAIRE,   true,  false
            ANNULEE,   false, false
            FAITE,     false, false
            """)
    void une_proposition_de_la_personne_est_a_valider_dans_la_semaine(StatutAction statut, boolean validee,
            boolean aValider) {
        var action = VuesDeTest.action("Proposée", statut, null, validee, false);

        var liste = urgences(List.of(VuesDeTest.dossier(List.of(), List.of())), List.of(action));

        if (aValider) {
            assertThat(liste).singleElement().satisfies(u -> {
                assertThat(u.type()).isEqualTo(Urgence.Type.PROPOSITION_A_VALIDER);
                // Created two days ago: seven days from then.
                assertThat(u.echeance()).isEqualTo(AUJOURDHUI.plusDays(5));
            });
        } else {
            assertThat(liste).isEmpty();
        }
    }

    @Test
    void les_actions_d_un_dossier_qui_n_est_pas_suivi_sont_ignorees() {
        var ailleurs = new VueAction(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), "Ailleurs",
                StatutAction.A_FAIRE, java.util.Optional.of(LocalDate.MIN), false, AUJOURDHUI.atStartOfDay(PARIS)
                        .toInstant(), true);

        assertThat(urgences(List.of(VuesDeTest.dossier(List.of(), List.of())), List.of(ailleurs))).isEmpty();
    }
}
