package fr.portailcep.parcours;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;

/**
 * The conseiller's side: the caseload and each part of a dossier readable by everyone; the engagement rules and the
 * référent unique with its history; and, on the person's phone, every organisation of the region for a
 * complementary service, the operator's own flagged, and her choice recorded.
 */
class DossierConseillerIT extends PortailIT {

    @Autowired
    ParcoursService parcours;
    @Autowired
    DossiersEquipe equipe;

    @Autowired
    ParcoursPersonne parcoursPersonne;

    @Autowired
    SuiviConseiller suivi;

    @Autowired
    PlanActionsService plan;


    @Test
    void la_conseillere_voit_son_portefeuille_et_chaque_partie_du_dossier() {
        var lea = personnes.beneficiaire("lea.nguyen");
        var page = bureau();
        connecterDemo(page, "amina.keita");
        Pages.ouvrir(page, url("/conseiller/dossiers"));
        assertThat(page.locator("#portefeuille")).containsText("Léa Nguyen");
        assertThat(page.locator("#portefeuille")).containsText("UO2.1");
        Pages.verifierPage(page, "parcours/90-portefeuille");

        Pages.ouvrir(page, url("/conseiller/dossiers/" + lea));
        assertThat(page.locator("#unite-UO2_1")).isVisible();
        assertThat(page.locator("#referent")).containsText("Amina Keita");
        Pages.verifierPage(page, "parcours/91-dossier-parcours");
        page.locator("#onglet-plan").click();
        assertThat(page.locator("#ajouter-plan")).isVisible();
        assertThat(page.locator("body")).containsText("Titre professionnel de technicien(ne) de laboratoire");
        Pages.verifierPage(page, "parcours/92-dossier-plan");
        page.locator("#onglet-profil").click();
        assertThat(page.locator("#profil")).isVisible();
        Pages.verifierPage(page, "parcours/93-dossier-profil");
        page.locator("#onglet-echanges").click();
        assertThat(page.locator("#journal-echanges")).containsText("Point formation et financement CPF");
        Pages.verifierPage(page, "parcours/94-dossier-echanges");
        page.locator("#onglet-historique").click();
        assertThat(page.locator("#historique-dossier")).isVisible();
        Pages.verifierPage(page, "parcours/95-dossier-historique");
    }

    @Test
    void les_regles_d_engagement_et_le_referent_unique_avec_son_historique() throws Exception {
        var paul = personnes.nouveauBeneficiaire("paul.referent", "Paul", "Lemoine");
        var aujourdhui = LocalDate.now(horloge);
        var julien = personnes.compte("julien.weber");
        personnes.faire("amina.keita", () -> {
            // Rule 3 not confirmed, UO2.2 with no UO2.1: refused, and nothing is recorded.
            assertThatThrownBy(() -> parcours.engager(paul, new Engagement(UniteOeuvre.UO2_1, aujourdhui, true,
                    new Eligibilite(true, false, true), null, null, null, null)))
                    .isInstanceOfSatisfying(EngagementRefuse.class,
                            e -> assertThat(e.raison()).isEqualTo(RefusEngagement.NON_ELIGIBLE));
            assertThatThrownBy(() -> parcours.engager(paul, new Engagement(UniteOeuvre.UO2_2, aujourdhui, true,
                    Eligibilite.CONFIRMEE, null, null, null, null)))
                    .isInstanceOfSatisfying(EngagementRefuse.class,
                            e -> assertThat(e.raison()).isEqualTo(RefusEngagement.UO22_SANS_UO21));
            assertThat(equipe.dossierDe(paul).orElseThrow().unites()).isEmpty();

            // UO2.1 without UO1: the conseillère who engages it becomes the référent unique.
            var unite = parcours.engager(paul, new Engagement(UniteOeuvre.UO2_1, aujourdhui, true,
                    Eligibilite.CONFIRMEE, null, null, null, null));
            assertThat(unite.finDeDelai()).contains(aujourdhui.plusMonths(6));
            assertThat(equipe.dossierDe(paul).orElseThrow().referentId()).contains(personnes.compte("amina.keita").id());

            // A change of référent needs a reason and keeps the former one in the history.
            assertThatThrownBy(() -> parcours.changerReferent(paul, julien.id(), " "))
                    .isInstanceOf(OperationRefusee.class);
            parcours.changerReferent(paul, julien.id(), "Paul travaille désormais près de la Meinau");
            var dossier = equipe.dossierDe(paul).orElseThrow();
            assertThat(dossier.referentId()).contains(julien.id());
            assertThat(dossier.referents()).hasSize(2);
            assertThat(dossier.referents()).filteredOn(p -> !p.enCours()).singleElement()
                    .satisfies(p -> assertThat(p.au()).isPresent());
            assertThat(dossier.evenements()).extracting(VueDossier.Evenement::type)
                    .containsSubsequence(TypeEvenement.UNITE_ENGAGEE, TypeEvenement.REFERENT_NOMME,
                            TypeEvenement.REFERENT_CHANGE);
        });
        // The person sees her new référent.
        var contact = personnes.enTantQue("paul.referent", () -> parcoursPersonne.monParcours().contact()).orElseThrow();
        assertThat(contact.nomAffiche()).isEqualTo("Julien Weber");
        assertThat(contact.referent()).isTrue();
    }

    @Test
    void la_personne_choisit_son_organisme_parmi_tous_ceux_de_la_region() {
        var lea = personnes.beneficiaire("lea.nguyen");
        var bilan = personnes.enTantQue("amina.keita", () -> plan.planDe(lea).actions().stream()
                .filter(a -> a.typeCode().filter("BILAN_COMPETENCES"::equals).isPresent()).findFirst().orElseThrow());
        var organismes = personnes.enTantQue("lea.nguyen", () -> plan.organismesPour(bilan.id()));
        assertThat(organismes).hasSize(6);
        assertThat(organismes).filteredOn(Organisme::propreOperateur).extracting(Organisme::nom)
                .containsExactly("Évolution Pro Grand Est – Pôle bilans et VAE");
        assertThat(organismes).extracting(Organisme::nom).contains("Cap Bilan Lorraine",
                "Institut messin du bilan professionnel", "Atelier des parcours du Haut-Rhin");

        var page = telephone();
        connecterDemo(page, "lea.nguyen");
        Pages.ouvrir(page, url("/parcours/actions/" + bilan.id()));
        var liste = page.locator("#liste-organismes vaadin-radio-button");
        assertThat(liste).hasCount(organismes.size());
        assertThat(page.locator("#liste-organismes")).containsText("Évolution Pro Grand Est – Pôle bilans et VAE");
        Pages.verifierSansDefilementHorizontal(page, "choix d’un organisme");
        Pages.verifierPage(page, "parcours/35-choix-organisme");
        liste.filter(new Locator.FilterOptions().setHasText("Cap Bilan Lorraine")).click();
        page.locator("#choisir-organisme").click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#organisme-choisi")).containsText("Cap Bilan Lorraine");
        var choisi = personnes.enTantQue("amina.keita", () -> plan.action(bilan.id()).organismeId()).orElseThrow();
        assertThat(organismes).filteredOn(o -> o.id().equals(choisi)).extracting(Organisme::nom)
                .containsExactly("Cap Bilan Lorraine");
    }

    @Test
    void la_personne_propose_une_action_la_conseillere_la_valide_et_chaque_revision_reste() throws Exception {
        var zoe = personnes.nouveauBeneficiaire("zoe.plan", "Zoé", "Perrin");
        var aujourdhui = LocalDate.now(horloge);
        var objectif = personnes.enTantQue("julien.weber", () -> {
            parcours.engager(zoe, new Engagement(UniteOeuvre.UO1, aujourdhui, true, Eligibilite.CONFIRMEE, null, null,
                    null, null));
            return plan.ajouterObjectif(zoe, "Choisir une formation");
        });
        var proposee = personnes.enTantQue("zoe.plan", () -> {
            var action = plan.proposer(objectif.id(), "Aller au salon de la formation de Strasbourg", null,
                    aujourdhui.plusDays(10));
            plan.commenter(action.id(), "C’est un samedi, je peux y aller.");
            return action;
        });
        assertThat(proposee.validee()).isFalse();

        // The proposal shows in the conseiller's caseload until it is validated.
        var ligne = personnes.enTantQue("julien.weber", () -> suivi.portefeuille()).stream()
                .filter(l -> l.beneficiaireId().equals(zoe)).findFirst().orElseThrow();
        assertThat(ligne.urgences()).extracting(Urgence::type).contains(Urgence.Type.PROPOSITION_A_VALIDER);
        var validee = personnes.enTantQue("julien.weber", () -> {
            plan.valider(proposee.id());
            plan.modifier(proposee.id(), new NouvelleAction(NatureAction.DEMARCHE_PERSONNELLE, null, null,
                    "Aller au salon de la formation de Strasbourg (samedi)", null, aujourdhui.plusDays(12)));
            return plan.action(proposee.id());
        });
        assertThat(validee.validee()).isTrue();
        assertThat(validee.intitule()).endsWith("(samedi)");
        assertThat(validee.revisions()).extracting(RevisionAction::nature).containsExactlyInAnyOrder(
                NatureRevision.PROPOSITION, NatureRevision.COMMENTAIRE, NatureRevision.VALIDATION,
                NatureRevision.MODIFICATION);
        assertThat(validee.revisions()).filteredOn(RevisionAction::parBeneficiaire).hasSize(2);
        assertThat(personnes.enTantQue("julien.weber", () -> suivi.portefeuille()).stream()
                .filter(l -> l.beneficiaireId().equals(zoe)).flatMap(l -> l.urgences().stream()))
                .extracting(Urgence::type).doesNotContain(Urgence.Type.PROPOSITION_A_VALIDER);
    }

    @Test
    void le_portefeuille_met_en_tete_les_urgences() {
        var lignes = personnes.enTantQue("julien.weber", () -> suivi.portefeuille());
        var thomas = personnes.beneficiaire("thomas.petit");
        var ligne = lignes.stream().filter(l -> l.beneficiaireId().equals(thomas)).findFirst().orElseThrow();
        // Thomas has an action three days late and a message waiting since the demo was loaded.
        assertThat(ligne.urgences()).extracting(Urgence::type).contains(Urgence.Type.ACTION_EN_RETARD);
        assertThat(lignes).isSortedAccordingTo(LigneSuivi.PAR_URGENCE);
        assertThat(lignes).allSatisfy(l -> assertThat(l.beneficiaireId()).isNotEqualTo(personnes.beneficiaire("lea.nguyen")));
    }
}
