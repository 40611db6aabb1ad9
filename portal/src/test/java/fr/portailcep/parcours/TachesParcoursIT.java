package fr.portailcep.parcours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.portailcep.test.BoiteDEnvoi;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * The jobs of the parcours, called as db-scheduler calls them, with the clock set by the test: a unit of work whose
 * period has ended closes as abandon once (even when two runs overlap), the person and the conseiller are told once;
 * a new request reopens the dossier and shows as a repeated request; an overdue action is reminded once.
 */
class TachesParcoursIT extends PortailIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    ParcoursService parcours;
    @Autowired
    ClotureDesUnitesEchues cloture;

    @Autowired
    DossiersEquipe equipe;

    @Autowired
    PlanActionsService plan;

    @Autowired
    JdbcClient jdbc;


    private void le(LocalDate jour, LocalTime heure) {
        horloge.regler(jour.atTime(heure).atZone(PARIS).toInstant());
    }

    @Test
    void une_uo1_echue_sans_livrable_signe_est_close_pour_abandon_une_seule_fois() throws Exception {
        // A hundred days ago: the unit ends long before today, and the demo's units are far from their end.
        var debut = LocalDate.now(PARIS).minusDays(100);
        le(debut, LocalTime.of(9, 0));
        var hugo = personnes.nouveauBeneficiaire("hugo.renard", "Hugo", "Renard");
        le(debut, LocalTime.of(10, 0));
        var unite = personnes.enTantQue("julien.weber", () -> parcours.engager(hugo, new Engagement(UniteOeuvre.UO1,
                debut, true, Eligibilite.CONFIRMEE, "INDIVIDUELLE", null, null, null)));
        var fin = unite.finDeDelai().orElseThrow();
        assertThat(fin).isEqualTo(debut.plusMonths(2));

        // The last day of the period: still in progress.
        le(fin, LocalTime.of(23, 30));
        cloture.cloreUnitesEchues();
        assertThat(dossierDe(hugo).uniteEnCours()).isPresent();

        // The day after: two runs at the same moment (two instances, a restart in the middle) close it once.
        le(fin.plusDays(1), LocalTime.of(0, 30));
        var depart = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        var runs = new ArrayList<Future<Integer>>();
        for (var i = 0; i < 2; i++) {
            Callable<Integer> run = () -> {
                depart.await();
                return cloture.cloreUnitesEchues();
            };
            runs.add(pool.submit(run));
        }
        depart.countDown();
        for (var run : runs) {
            run.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(cloture.cloreUnitesEchues()).isZero();

        var dossier = dossierDe(hugo);
        var close = dossier.unites().getFirst();
        assertThat(close.statut()).isEqualTo(StatutUnite.CLOSE);
        assertThat(close.motifCloture()).contains(MotifCloture.ABANDON);
        assertThat(close.closeLe()).contains(fin);
        assertThat(dossier.ouvert()).isFalse();
        var abandons = dossier.evenements().stream().filter(e -> e.type() == TypeEvenement.UNITE_ABANDONNEE).toList();
        assertThat(abandons).singleElement().satisfies(e -> {
            assertThat(e.motifCloture()).contains(MotifCloture.ABANDON);
            assertThat(e.numero()).contains(unite.numero());
        });

        // Told once: the person (beside the satisfaction survey of the closing), and the conseiller who engaged
        // the unit.
        SmtpDeTest.attendreSujet("hugo.renard" + Personnes.DOMAINE, 0, "Votre accompagnement a été clos");
        SmtpDeTest.attendreSujet("hugo.renard" + Personnes.DOMAINE, 0, "Votre avis sur votre accompagnement");
        var sujetEquipe = "Dossier " + unite.numero().affiche() + " clos pour abandon";
        SmtpDeTest.attendreSujet("julien.weber" + Personnes.DOMAINE, 0, sujetEquipe);
        BoiteDEnvoi.attendreQueToutSoitParti(jdbc, "hugo.renard" + Personnes.DOMAINE);
        BoiteDEnvoi.attendreQueToutSoitParti(jdbc, "julien.weber" + Personnes.DOMAINE);
        assertThat(SmtpDeTest.pour("hugo.renard" + Personnes.DOMAINE)).extracting(SmtpDeTest::sujet)
                .containsExactlyInAnyOrder("Votre accompagnement a été clos", "Votre avis sur votre accompagnement");
        assertThat(SmtpDeTest.pour("julien.weber" + Personnes.DOMAINE))
                .filteredOn(m -> SmtpDeTest.sujet(m).equals(sujetEquipe)).hasSize(1);

        // A new request reopens the dossier; the conseiller sees the repeated requests.
        le(fin.plusDays(10), LocalTime.of(9, 0));
        parcours.ouvrirSurDemande(hugo, Dossier.ORIGINE_RENDEZ_VOUS, null);
        var rouvert = dossierDe(hugo);
        assertThat(rouvert.ouvert()).isTrue();
        assertThat(rouvert.demandes()).hasSize(2);
        assertThat(rouvert.evenements()).extracting(VueDossier.Evenement::type).containsSubsequence(
                TypeEvenement.DOSSIER_OUVERT, TypeEvenement.UNITE_ENGAGEE, TypeEvenement.UNITE_ABANDONNEE,
                TypeEvenement.DEMANDE_RECUE, TypeEvenement.DOSSIER_ROUVERT);
        assertThat(personnes.enTantQue("julien.weber", () -> equipe.demandesDansLAnnee(hugo))).isEqualTo(2);
    }

    @Test
    void une_action_en_retard_est_rappelee_une_fois() throws Exception {
        var ines = personnes.nouveauBeneficiaire("ines.relance", "Inès", "Roux");
        var aujourdhui = LocalDate.now(PARIS);
        var action = personnes.enTantQue("amina.keita", () -> {
            parcours.engager(ines, new Engagement(UniteOeuvre.UO2_1, aujourdhui, true, Eligibilite.CONFIRMEE, null,
                    null, null, null));
            var objectif = plan.ajouterObjectif(ines, "Préparer ma reconversion");
            return plan.ajouterAction(objectif.id(), new NouvelleAction(NatureAction.DEMARCHE_PERSONNELLE, null, null,
                    "Appeler le centre de formation", null, aujourdhui.plusDays(3)));
        });
        plan.relancerActionsEnRetard();
        horloge.avancer(Duration.ofDays(3));
        plan.relancerActionsEnRetard();
        BoiteDEnvoi.attendreQueToutSoitParti(jdbc, "ines.relance" + Personnes.DOMAINE);
        assertThat(BoiteDEnvoi.deposes(jdbc, "ines.relance" + Personnes.DOMAINE)).isZero();
        assertThat(SmtpDeTest.pour("ines.relance" + Personnes.DOMAINE)).isEmpty();

        horloge.avancer(Duration.ofDays(1));
        plan.relancerActionsEnRetard();
        plan.relancerActionsEnRetard();
        var relance = SmtpDeTest.attendre("ines.relance" + Personnes.DOMAINE, 1);
        assertThat(SmtpDeTest.sujet(relance)).isEqualTo("Une action de votre plan attend");
        // The courriel does not say what the action is: the plan stays on the portal.
        assertThat(SmtpDeTest.corps(relance)).doesNotContain(action.intitule());
        horloge.avancer(Duration.ofDays(2));
        plan.relancerActionsEnRetard();
        BoiteDEnvoi.attendreQueToutSoitParti(jdbc, "ines.relance" + Personnes.DOMAINE);
        assertThat(BoiteDEnvoi.deposes(jdbc, "ines.relance" + Personnes.DOMAINE)).isEqualTo(1);
        assertThat(SmtpDeTest.pour("ines.relance" + Personnes.DOMAINE)).hasSize(1);
    }

    private VueDossier dossierDe(java.util.UUID beneficiaireId) {
        return personnes.enTantQue("julien.weber", () -> equipe.dossierDe(beneficiaireId)).orElseThrow();
    }
}
