package fr.portailcep.parcours;

import static fr.portailcep.parcours.VuesDeTest.AMINA;
import static fr.portailcep.parcours.VuesDeTest.AUJOURDHUI;
import static fr.portailcep.parcours.VuesDeTest.PARIS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.portailcep.parcours.EtapeParcours.NatureEtape;

/** The timeline of a parcours, built from copies of the dossier: which items, on which day, with which keys. */
class ConstructionFriseTest {

    private static List<EtapeParcours> frise(Optional<VueDossier> dossier, List<VueAction> actions) {
        return ConstructionFrise.etapes(dossier, actions, id -> id.equals(AMINA) ? "Amina Keita" : "?", PARIS,
                List.of());
    }

    static Stream<Arguments> unites() {
        var debut = AUJOURDHUI.minusMonths(1);
        return Stream.of(
                // unit, expected (nature, day, key of the title, key of the detail)
                Arguments.of(VuesDeTest.enCours(UniteOeuvre.UO1, debut, AUJOURDHUI.plusDays(10), 1), List.of(
                        List.of(NatureEtape.UNITE, debut, "parcours.etape.debut", "parcours.etape.debut.detail"),
                        List.of(NatureEtape.FIN_UNITE, AUJOURDHUI.plusDays(10), "parcours.etape.fin",
                                "parcours.etape.fin.detail.UO1"))),
                Arguments.of(VuesDeTest.enCours(UniteOeuvre.UO2_2, debut, null, 2), List.of(
                        List.of(NatureEtape.UNITE, debut, "parcours.etape.debut", "parcours.etape.debut.detail"))),
                Arguments.of(VuesDeTest.close(UniteOeuvre.UO1, debut, AUJOURDHUI, MotifCloture.LIVRABLE_SIGNE, 3),
                        List.of(List.of(NatureEtape.UNITE, debut, "parcours.etape.debut",
                                        "parcours.etape.debut.detail"),
                                List.of(NatureEtape.UNITE, AUJOURDHUI, "parcours.etape.close",
                                        "motif.personne.LIVRABLE_SIGNE"))),
                // The aiguillage (UO0) closes at once: no "closed" item for it.
                Arguments.of(VuesDeTest.close(UniteOeuvre.UO0, debut, debut, MotifCloture.REALISEE, 4), List.of(
                        List.of(NatureEtape.UNITE, debut, "parcours.etape.debut", "parcours.etape.debut.detail"))));
    }

    @ParameterizedTest
    @MethodSource("unites")
    void une_unite_donne_son_debut_et_sa_fin_ou_sa_cloture(VueDossier.Unite unite, List<List<Object>> attendues) {
        var etapes = frise(Optional.of(VuesDeTest.dossier(List.of(unite), List.of())), List.of());

        assertThat(etapes).extracting(e -> List.of(e.nature(), e.date(), e.titre().cle(),
                e.detail().map(Libelle::cle).orElse(""))).isEqualTo(attendues);
        // The name of the unit is itself a key, translated by the view inside the title.
        assertThat(etapes.getFirst().titre().arguments()).containsExactly(
                Libelle.de("uo.nom." + unite.uo().name()), unite.uo().libelle());
    }

    static Stream<Arguments> actions() {
        var dans3Jours = AUJOURDHUI.plusDays(3);
        return Stream.of(
                Arguments.of(StatutAction.A_FAIRE, dans3Jours, false, "parcours.etape.action.detail"),
                Arguments.of(StatutAction.EN_COURS, AUJOURDHUI.minusDays(1), true, "parcours.etape.action.retard"),
                Arguments.of(StatutAction.A_FAIRE, null, false, null),
                Arguments.of(StatutAction.FAITE, dans3Jours, false, null),
                Arguments.of(StatutAction.ANNULEE, dans3Jours, false, null));
    }

    @ParameterizedTest
    @MethodSource("actions")
    void une_action_active_avec_une_echeance_est_dans_la_frise(StatutAction statut, LocalDate echeance,
            boolean enRetard, String detailAttendu) {
        var action = VuesDeTest.action("Rencontrer un employeur", statut, echeance, true, enRetard);

        var etapes = frise(Optional.empty(), List.of(action));

        if (detailAttendu == null) {
            assertThat(etapes).isEmpty();
        } else {
            assertThat(etapes).singleElement().satisfies(e -> {
                assertThat(e.nature()).isEqualTo(NatureEtape.ACTION);
                assertThat(e.date()).isEqualTo(echeance);
                assertThat(e.titre()).isEqualTo(Libelle.de("parcours.etape.action", "Rencontrer un employeur"));
                assertThat(e.detail()).contains(Libelle.de(detailAttendu));
            });
        }
    }

    @Test
    void un_referent_nomme_avec_l_uo21_se_montre_le_jour_de_l_engagement_et_un_changement_le_jour_ou_il_est_fait() {
        var engageeLe = AUJOURDHUI.minusDays(20);
        var uo21 = VuesDeTest.enCours(UniteOeuvre.UO2_1, engageeLe, null, 5);
        var enregistreLe = VuesDeTest.midi(AUJOURDHUI.minusDays(15));
        var changeLe = VuesDeTest.midi(AUJOURDHUI.minusDays(2));
        var dossier = VuesDeTest.dossier(List.of(uo21), List.of(
                VuesDeTest.evenement(enregistreLe, TypeEvenement.UNITE_ENGAGEE, null, AMINA, uo21.numero()),
                VuesDeTest.evenement(enregistreLe, TypeEvenement.REFERENT_NOMME, AMINA, AMINA, null),
                VuesDeTest.evenement(changeLe, TypeEvenement.REFERENT_CHANGE, UUID.randomUUID(), AMINA, null),
                VuesDeTest.evenement(changeLe, TypeEvenement.DOSSIER_ROUVERT, null, null, null),
                VuesDeTest.evenement(changeLe, TypeEvenement.DEMANDE_RECUE, null, null, null)));

        var evenements = frise(Optional.of(dossier), List.of()).stream()
                .filter(e -> e.nature() == NatureEtape.EVENEMENT).toList();

        assertThat(evenements).extracting(EtapeParcours::date, e -> e.titre())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(engageeLe, Libelle.de("parcours.etape.referent",
                                "Amina Keita")),
                        org.assertj.core.groups.Tuple.tuple(AUJOURDHUI.minusDays(2),
                                Libelle.de("parcours.etape.referent", "?")),
                        org.assertj.core.groups.Tuple.tuple(AUJOURDHUI.minusDays(2),
                                Libelle.de("parcours.etape.rouvert")));
    }

    @Test
    void les_etapes_des_autres_fonctionnalites_sont_rangees_par_date_avec_les_autres() {
        var rendezVous = new EtapeParcours(AUJOURDHUI.plusDays(1), NatureEtape.RENDEZ_VOUS,
                Libelle.de("rendezvous.etape"), Optional.empty());
        var unite = VuesDeTest.enCours(UniteOeuvre.UO1, AUJOURDHUI.minusDays(5), AUJOURDHUI.plusDays(30), 6);

        var etapes = ConstructionFrise.etapes(Optional.of(VuesDeTest.dossier(List.of(unite), List.of())), List.of(),
                id -> "", PARIS, List.of(rendezVous));

        assertThat(etapes).extracting(EtapeParcours::nature)
                .containsExactly(NatureEtape.UNITE, NatureEtape.RENDEZ_VOUS, NatureEtape.FIN_UNITE);
    }
}
