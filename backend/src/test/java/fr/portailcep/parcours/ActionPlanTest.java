package fr.portailcep.parcours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An action of the plan answers what may be done to it now, for the person and for the team, and each change checks
 * that same answer; the rule of due dates; the reason of a pause kept as a code.
 */
class ActionPlanTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 23);
    private static final Instant MAINTENANT = Instant.parse("2026-11-23T09:00:00Z");
    private static final Acteur PERSONNE = Acteur.beneficiaire(UUID.randomUUID());
    private static final Acteur EQUIPE = Acteur.equipe(UUID.randomUUID());
    private static final Objectif OBJECTIF = new Objectif(UUID.randomUUID(), "Changer de métier", 1, null, MAINTENANT);

    // ------------------------------------------------------------------ what is possible

    @ParameterizedTest(name = "{0}, pour {1} : {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A_FAIRE    | PERSONNE | COMMENCER TERMINER METTRE_EN_PAUSE ABANDONNER COMMENTER
            A_FAIRE    | EQUIPE   | COMMENCER TERMINER METTRE_EN_PAUSE ANNULER MODIFIER COMMENTER
            EN_COURS   | PERSONNE | TERMINER METTRE_EN_PAUSE ABANDONNER COMMENTER
            EN_COURS   | EQUIPE   | TERMINER METTRE_EN_PAUSE ANNULER MODIFIER COMMENTER
            EN_PAUSE   | PERSONNE | REPRENDRE TERMINER ABANDONNER COMMENTER
            EN_PAUSE   | EQUIPE   | REPRENDRE TERMINER ANNULER MODIFIER COMMENTER
            FAITE      | PERSONNE | ROUVRIR COMMENTER
            FAITE      | EQUIPE   | ROUVRIR COMMENTER
            ABANDONNEE | PERSONNE | COMMENTER
            ABANDONNEE | EQUIPE   | COMMENTER
            ANNULEE    | PERSONNE | COMMENTER
            ANNULEE    | EQUIPE   | COMMENTER
            """)
    void chaque_statut_dit_ce_qui_est_possible_et_pour_qui(StatutAction statut, String qui, String attendus) {
        var action = dans(statut, validee(NatureAction.DEMARCHE_PERSONNELLE));
        assertThat(action.actionsPossibles(acteur(qui))).isEqualTo(actes(attendus));
    }

    @ParameterizedTest(name = "une proposition {0}, pour {1} : valider = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A_FAIRE  | EQUIPE   | true
            EN_COURS | EQUIPE   | true
            EN_PAUSE | EQUIPE   | true
            FAITE    | EQUIPE   | false
            ANNULEE  | EQUIPE   | false
            A_FAIRE  | PERSONNE | false
            """)
    void seule_l_equipe_valide_une_proposition_encore_active(StatutAction statut, String qui, boolean possible) {
        var action = dans(statut, ActionPlan.creer(OBJECTIF, NouvelleAction.proposee("Salon", null, null), PERSONNE,
                AUJOURDHUI, MAINTENANT));
        assertThat(action.peut(ActePlan.VALIDER, acteur(qui))).isEqualTo(possible);
    }

    @ParameterizedTest(name = "{0} ({1}) : choisir un organisme = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PRESTATION_COMPLEMENTAIRE | A_FAIRE | true
            PRESTATION_COMPLEMENTAIRE | EN_COURS | true
            PRESTATION_COMPLEMENTAIRE | FAITE | false
            DECOUVERTE_METIER         | A_FAIRE | false
            DEMARCHE_PERSONNELLE      | A_FAIRE | false
            """)
    void un_organisme_se_choisit_pour_une_prestation_encore_active(NatureAction nature, StatutAction statut,
            boolean possible) {
        var action = dans(statut, validee(nature));
        assertThat(action.peut(ActePlan.CHOISIR_ORGANISME, PERSONNE)).isEqualTo(possible);
        assertThat(action.peut(ActePlan.CHOISIR_ORGANISME, EQUIPE)).isEqualTo(possible);
    }

    /** Every status, every act, both actors: the change goes through exactly when the answer says it is possible. */
    static Stream<Arguments> chaqueActe() {
        var cas = new ArrayList<Arguments>();
        for (var statut : StatutAction.values()) {
            for (var acte : ActePlan.values()) {
                for (var qui : new String[] {"PERSONNE", "EQUIPE"}) {
                    cas.add(Arguments.of(statut, acte, qui));
                }
            }
        }
        return cas.stream();
    }

    @ParameterizedTest(name = "{0} → {1} par {2}")
    @MethodSource("chaqueActe")
    void chaque_changement_verifie_la_meme_reponse(StatutAction statut, ActePlan acte, String qui) {
        var action = dans(statut, validee(NatureAction.PRESTATION_COMPLEMENTAIRE));
        var acteur = acteur(qui);
        var possible = action.actionsPossibles(acteur).contains(acte);
        Runnable changement = switch (acte) {
            case COMMENCER -> () -> action.commencer(acteur, MAINTENANT);
            case REPRENDRE -> () -> action.reprendre(acteur, MAINTENANT);
            case TERMINER -> () -> action.terminer(acteur, MAINTENANT);
            case ROUVRIR -> () -> action.rouvrir(acteur, MAINTENANT);
            case METTRE_EN_PAUSE -> () -> action.mettreEnPause(RaisonPause.DOUTE, null, acteur, MAINTENANT);
            case ABANDONNER -> () -> action.abandonner("Plus envie", acteur, MAINTENANT);
            case ANNULER -> () -> action.annuler("En double", acteur, MAINTENANT);
            case MODIFIER -> () -> action.modifier(new NouvelleAction(NatureAction.PRESTATION_COMPLEMENTAIRE,
                    "BILAN_COMPETENCES", null, "Bilan (modifié)", null, null), acteur, AUJOURDHUI, MAINTENANT);
            case VALIDER -> () -> action.valider(acteur, MAINTENANT);
            case CHOISIR_ORGANISME -> () -> action.choisirOrganisme(organisme("BILAN_COMPETENCES"), 3, acteur,
                    MAINTENANT);
            case COMMENTER -> () -> action.commenter("Un mot", acteur, MAINTENANT);
        };
        var revisions = action.revisions().size();
        if (possible) {
            changement.run();
            assertThat(action.revisions()).hasSizeGreaterThanOrEqualTo(revisions);
        } else if (acte == ActePlan.VALIDER && acteur == EQUIPE && action.validee()) {
            // Validating an action already valid changes nothing and refuses nothing.
            changement.run();
            assertThat(action.revisions()).hasSize(revisions);
        } else {
            assertThatThrownBy(changement::run).isInstanceOf(OperationRefusee.class);
            assertThat(action.statut()).isEqualTo(statut);
            assertThat(action.revisions()).hasSize(revisions);
        }
    }

    @ParameterizedTest(name = "{0} par {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A_FAIRE  | COMMENCER       | EN_COURS
            A_FAIRE  | TERMINER        | FAITE
            A_FAIRE  | METTRE_EN_PAUSE | EN_PAUSE
            EN_COURS | TERMINER        | FAITE
            EN_COURS | METTRE_EN_PAUSE | EN_PAUSE
            EN_PAUSE | REPRENDRE       | EN_COURS
            EN_PAUSE | TERMINER        | FAITE
            FAITE    | ROUVRIR         | EN_COURS
            A_FAIRE  | ABANDONNER      | ABANDONNEE
            EN_PAUSE | ABANDONNER      | ABANDONNEE
            A_FAIRE  | ANNULER         | ANNULEE
            EN_COURS | ANNULER         | ANNULEE
            """)
    void chaque_transition_mene_au_statut_attendu(StatutAction avant, ActePlan acte, StatutAction apres) {
        var action = dans(avant, validee(NatureAction.DEMARCHE_PERSONNELLE));
        switch (acte) {
            case COMMENCER -> action.commencer(PERSONNE, MAINTENANT);
            case TERMINER -> action.terminer(PERSONNE, MAINTENANT);
            case METTRE_EN_PAUSE -> action.mettreEnPause(RaisonPause.TEMPS, null, PERSONNE, MAINTENANT);
            case REPRENDRE -> action.reprendre(PERSONNE, MAINTENANT);
            case ROUVRIR -> action.rouvrir(PERSONNE, MAINTENANT);
            case ABANDONNER -> action.abandonner("Je change de voie", PERSONNE, MAINTENANT);
            case ANNULER -> action.annuler("En double", EQUIPE, MAINTENANT);
            default -> throw new IllegalArgumentException(acte.name());
        }
        assertThat(action.statut()).isEqualTo(apres);
        assertThat(action.revisions().getLast().nature()).isEqualTo(NatureRevision.STATUT);
        assertThat(action.revisions().getLast().statut()).isEqualTo(apres);
    }

    @ParameterizedTest(name = "{0} par {1} : {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ABANDONNER | EQUIPE   | plan.refus.abandon.personne
            ANNULER    | PERSONNE | plan.refus.annulation.conseiller
            MODIFIER   | PERSONNE | plan.refus.modification.conseiller
            VALIDER    | PERSONNE | plan.refus.validation.conseiller
            """)
    void un_acte_de_l_autre_partie_dit_qui_peut_le_faire(ActePlan acte, String qui, String cle) {
        var action = validee(NatureAction.DEMARCHE_PERSONNELLE);
        var acteur = acteur(qui);
        Runnable changement = switch (acte) {
            case ABANDONNER -> () -> action.abandonner("Motif", acteur, MAINTENANT);
            case ANNULER -> () -> action.annuler("Motif", acteur, MAINTENANT);
            case MODIFIER -> () -> action.modifier(NouvelleAction.proposee("Autre", null, null), acteur, AUJOURDHUI,
                    MAINTENANT);
            default -> () -> action.valider(acteur, MAINTENANT);
        };
        assertThatThrownBy(changement::run).isInstanceOfSatisfying(OperationRefusee.class,
                e -> assertThat(e.cle()).isEqualTo(cle));
    }

    // ------------------------------------------------------------------ due dates

    @ParameterizedTest(name = "échéance à J{1} posée par {0} : acceptée = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PERSONNE | -1   | false
            PERSONNE | -30  | false
            PERSONNE | 0    | true
            PERSONNE | 1    | true
            PERSONNE |      | true
            EQUIPE   | -3   | true
            EQUIPE   | 0    | true
            EQUIPE   | 10   | true
            """)
    void la_personne_ne_pose_pas_d_echeance_passee(String qui, Integer jours, boolean acceptee) {
        var echeance = jours == null ? null : AUJOURDHUI.plusDays(jours);
        var nouvelle = acteur(qui).beneficiaire() ? NouvelleAction.proposee("Salon", null, echeance)
                : new NouvelleAction(NatureAction.DEMARCHE_PERSONNELLE, null, null, "Salon", null, echeance);
        if (acceptee) {
            assertThat(ActionPlan.creer(OBJECTIF, nouvelle, acteur(qui), AUJOURDHUI, MAINTENANT).echeance())
                    .isEqualTo(java.util.Optional.ofNullable(echeance));
        } else {
            assertThatThrownBy(() -> ActionPlan.creer(OBJECTIF, nouvelle, acteur(qui), AUJOURDHUI, MAINTENANT))
                    .isInstanceOfSatisfying(OperationRefusee.class, e -> {
                        assertThat(e.cle()).isEqualTo("plan.refus.echeance.passee");
                        assertThat(e.champ()).contains("echeance");
                    });
        }
    }

    @ParameterizedTest(name = "nouvelle {0}, actuelle {1}, par {2} : {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-20 | 2026-11-20 | PERSONNE | true
            2026-11-20 | 2026-11-30 | PERSONNE | false
            2026-11-20 | 2026-11-30 | EQUIPE   | true
            2026-11-23 | 2026-11-30 | PERSONNE | true
                       | 2026-11-30 | PERSONNE | true
            """)
    void une_echeance_laissee_telle_quelle_reste_permise(LocalDate nouvelle, LocalDate actuelle, String qui,
            boolean permise) {
        assertThat(ActionPlan.echeancePermise(nouvelle, actuelle, acteur(qui), AUJOURDHUI)).isEqualTo(permise);
    }

    @Test
    void l_equipe_modifie_une_action_en_retard_sans_toucher_a_son_echeance() {
        var action = ActionPlan.creer(OBJECTIF, new NouvelleAction(NatureAction.DEMARCHE_PERSONNELLE, null, null,
                "Appeler", null, AUJOURDHUI.minusDays(3)), EQUIPE, AUJOURDHUI, MAINTENANT);
        action.modifier(new NouvelleAction(NatureAction.DEMARCHE_PERSONNELLE, null, null, "Appeler le centre", null,
                AUJOURDHUI.minusDays(3)), EQUIPE, AUJOURDHUI, MAINTENANT);
        assertThat(action.intitule()).isEqualTo("Appeler le centre");
    }

    @ParameterizedTest(name = "échéance J{0}, {1} : en retard = {2}, à relancer = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            -1 | A_FAIRE    | true  | true
            -1 | EN_COURS   | true  | true
            -1 | EN_PAUSE   | false | false
            -1 | FAITE      | false | false
            -1 | ABANDONNEE | false | false
            0  | A_FAIRE    | false | false
            5  | EN_COURS   | false | false
            """)
    void une_action_est_en_retard_apres_son_echeance_si_elle_reste_a_faire(int jours, StatutAction statut,
            boolean enRetard, boolean aRelancer) {
        var action = dans(statut, ActionPlan.creer(OBJECTIF, new NouvelleAction(NatureAction.DEMARCHE_PERSONNELLE,
                null, null, "Appeler", null, AUJOURDHUI.plusDays(jours)), EQUIPE, AUJOURDHUI, MAINTENANT));
        assertThat(action.estEnRetard(AUJOURDHUI)).isEqualTo(enRetard);
        assertThat(action.aRelancer(AUJOURDHUI)).isEqualTo(aRelancer);
        if (aRelancer) {
            action.noterRelance(MAINTENANT);
            assertThat(action.aRelancer(AUJOURDHUI)).isFalse();
        }
    }

    // ------------------------------------------------------------------ the reason of a pause

    @ParameterizedTest(name = "{0} avec « {1} » : {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DOUTE     |                      | ok
            DOUTE     | Le bruit des machines | ok
            ATTENTE   |                      | ok
            AUTRE     | Un déménagement      | ok
            AUTRE     |                      | motif
            AUTRE     | '   '                | motif
                      | Sans raison choisie  | raison
            """)
    void la_raison_d_une_pause_est_un_code_et_autre_demande_un_texte(RaisonPause raison, String texte,
            String attendu) {
        var action = validee(NatureAction.DEMARCHE_PERSONNELLE);
        if (attendu.equals("ok")) {
            action.mettreEnPause(raison, texte, PERSONNE, MAINTENANT);
            assertThat(action.statut()).isEqualTo(StatutAction.EN_PAUSE);
            assertThat(action.raisonPause()).contains(raison);
            assertThat(action.motifStatut()).isEqualTo(java.util.Optional.ofNullable(texte));
            assertThat(action.revisions().getLast().raisonPause()).contains(raison);
            assertThat(action.revisions().getLast().texte()).isEqualTo(java.util.Optional.ofNullable(texte));
        } else {
            assertThatThrownBy(() -> action.mettreEnPause(raison, texte, PERSONNE, MAINTENANT))
                    .isInstanceOfSatisfying(OperationRefusee.class, e -> assertThat(e.champ()).contains(attendu));
            assertThat(action.statut()).isEqualTo(StatutAction.A_FAIRE);
        }
    }

    @Test
    void reprendre_efface_la_raison_de_la_pause_que_l_historique_garde() {
        var action = validee(NatureAction.DEMARCHE_PERSONNELLE);
        action.mettreEnPause(RaisonPause.DOUTE, null, PERSONNE, MAINTENANT);
        action.reprendre(PERSONNE, MAINTENANT);
        assertThat(action.raisonPause()).isEmpty();
        assertThat(action.revisions()).filteredOn(r -> r.statut() == StatutAction.EN_PAUSE).singleElement()
                .satisfies(r -> assertThat(r.raisonPause()).contains(RaisonPause.DOUTE));
        assertThat(action.revisions().getLast().raisonPause()).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private static ActionPlan validee(NatureAction nature) {
        var type = nature.referentielType().isPresent()
                ? (nature == NatureAction.PRESTATION_COMPLEMENTAIRE ? "BILAN_COMPETENCES" : "PMSMP") : null;
        return ActionPlan.creer(OBJECTIF, new NouvelleAction(nature, type, null, "Faire un bilan", null, null),
                EQUIPE, AUJOURDHUI, MAINTENANT);
    }

    /** The action brought to this status through its own changes. */
    private static ActionPlan dans(StatutAction statut, ActionPlan action) {
        switch (statut) {
            case A_FAIRE -> {
            }
            case EN_COURS -> action.commencer(PERSONNE, MAINTENANT);
            case FAITE -> action.terminer(PERSONNE, MAINTENANT);
            case EN_PAUSE -> action.mettreEnPause(RaisonPause.DOUTE, null, PERSONNE, MAINTENANT);
            case ABANDONNEE -> action.abandonner("Je change de voie", PERSONNE, MAINTENANT);
            case ANNULEE -> action.annuler("En double", EQUIPE, MAINTENANT);
        }
        assertThat(action.statut()).isEqualTo(statut);
        return action;
    }

    private static Acteur acteur(String qui) {
        return qui.equals("PERSONNE") ? PERSONNE : EQUIPE;
    }

    private static Set<ActePlan> actes(String noms) {
        return Arrays.stream(noms.trim().split("\\s+")).map(ActePlan::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ActePlan.class)));
    }

    private static Organisme organisme(String type) {
        return new Organisme("Cap Bilan", null, null, "Metz", null, null, false, Set.of(type));
    }
}
