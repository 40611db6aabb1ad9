package fr.portailcep.echeance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.CompteCree;
import fr.portailcep.compte.CompteService;
import fr.portailcep.rendezvous.EvenementsRendezVous;
import fr.portailcep.rendezvous.Modalite;
import fr.portailcep.rendezvous.ReprisesRendezVous;
import fr.portailcep.rendezvous.StatutRendezVous;
import fr.portailcep.test.PortailIT;

/**
 * The flows between modules, as Spring Modulith scenarios (DD011): each act registers its event in the aggregate,
 * the event is published when the aggregate is saved, and the module that listens does its part — in the same
 * transaction (a bénéficiaire's record, the dossier), or after the commit (the clock).
 */
@EnableScenarios
class EvenementsEntreModulesIT extends PortailIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final AtomicInteger JOUR = new AtomicInteger();

    @Autowired
    CompteService comptes;

    @Autowired
    BeneficiaireService beneficiaires;

    @Autowired
    EcheancesService echeances;

    @Autowired
    ReprisesRendezVous reprises;

    @Autowired
    JdbcClient jdbc;

    @Test
    void un_compte_de_beneficiaire_cree_a_sa_fiche_dans_la_meme_transaction(Scenario scenario) {
        var email = new AdresseCourriel("scenario.compte@exemple.fr");
        scenario.stimulate(() -> comptes.creerOuRetrouverBeneficiaire(email, "Léa", "Scénario"))
                .andWaitForEventOfType(CompteCree.class)
                .matching(e -> e.email().equals(email.valeur()))
                .toArriveAndVerify((evenement, compte) -> {
                    assertThat(evenement.compteId()).isEqualTo(compte.id());
                    assertThat(beneficiaires.parCompte(compte.id())).isPresent();
                });
    }

    @Test
    void une_premiere_demande_ouvre_le_dossier_de_la_personne(Scenario scenario) {
        var personne = personne("scenario.demande");
        scenario.stimulate(() -> echeances.ouvrirOuRetrouver(personne, Territoire.METROPOLE, Instant.now(horloge),
                CanalDemande.TELEPHONE, null, null))
                .andWaitForEventOfType(Evenements.DemandeEnregistree.class)
                .matching(e -> e.beneficiaireId().equals(personne))
                .toArriveAndVerify((evenement, demande) -> {
                    assertThat(evenement.demandeId()).isEqualTo(demande.id());
                    assertThat(evenement.dateLimite()).isEqualTo(demande.dateLimite());
                    assertThat(dossiers(personne)).isEqualTo(1);
                });
    }

    @Test
    void un_premier_echange_tenu_arrete_le_delai_apres_la_validation_de_l_agenda(Scenario scenario) {
        var personne = personne("scenario.tenu");
        var demande = demande(personne);
        var debut = creneau();
        scenario.stimulate(() -> reprises.rendezVous(conseiller(), site(), personne, demande, Modalite.SUR_SITE,
                debut, debut.plus(Duration.ofMinutes(45)), StatutRendezVous.HONORE, null, null,
                debut.minus(Duration.ofDays(3))))
                .andWaitForStateChange(() -> echeances.demande(demande).filter(d -> !d.estOuverte()))
                .andVerify(d -> {
                    assertThat(d.orElseThrow().statut()).isEqualTo(StatutDemande.HONOREE);
                    assertThat(d.orElseThrow().premierEchangeLe()).contains(debut);
                });
    }

    @Test
    void la_personne_qui_annule_sans_autre_rendez_vous_retire_sa_demande(Scenario scenario) {
        var personne = personne("scenario.annule");
        var demande = demande(personne);
        var debut = creneau();
        scenario.stimulate(() -> reprises.rendezVous(conseiller(), site(), personne, demande, Modalite.SUR_SITE,
                debut, debut.plus(Duration.ofMinutes(45)), StatutRendezVous.ANNULE, null, null,
                debut.minus(Duration.ofDays(3))))
                .andWaitForStateChange(() -> echeances.demande(demande).filter(d -> !d.estOuverte()))
                .andVerify(d -> assertThat(d.orElseThrow().statut()).isEqualTo(StatutDemande.RETIREE));
    }

    @Test
    void un_rendez_vous_pris_rattache_le_dossier_dans_la_meme_transaction(Scenario scenario) {
        var personne = personne("scenario.reserve");
        var demande = demande(personne);
        var debut = creneau();
        var site = site();
        scenario.stimulate(() -> reprises.rendezVous(conseiller(), site, personne, demande, Modalite.SUR_SITE,
                debut, debut.plus(Duration.ofMinutes(45)), StatutRendezVous.RESERVE, null, null,
                debut.minus(Duration.ofDays(3))))
                .andWaitForEventOfType(EvenementsRendezVous.RendezVousReserve.class)
                .matching(e -> e.beneficiaireId().equals(personne))
                .toArriveAndVerify(e -> {
                    assertThat(e.demandeId()).isEqualTo(demande);
                    assertThat(jdbc.sql("select site_id from dossier where beneficiaire_id = :p")
                            .param("p", personne).query(UUID.class).optional()).contains(site);
                });
    }

    private UUID personne(String nom) {
        var compte = comptes.creerOuRetrouverBeneficiaire(new AdresseCourriel(nom + "@exemple.fr"), "Test", nom);
        return beneficiaires.parCompte(compte.id()).orElseThrow().id();
    }

    private UUID demande(UUID personne) {
        return echeances.ouvrirOuRetrouver(personne, Territoire.METROPOLE, Instant.now(horloge),
                CanalDemande.EN_LIGNE, null, null).id();
    }

    /** A time nobody else books: a night hour, one day apart for each test (the agenda refuses overlaps). */
    private Instant creneau() {
        return LocalDate.now(horloge).plusDays(400 + JOUR.incrementAndGet()).atTime(LocalTime.of(3, 7))
                .atZone(PARIS).toInstant();
    }

    private UUID conseiller() {
        return comptes.parEmail(new AdresseCourriel("julien.weber@demo.portail-cep.fr")).orElseThrow().id();
    }

    private UUID site() {
        // The demo site where the conseiller works (other tests add sites in the same town).
        return jdbc.sql("""
                select s.id from site s join membre_equipe m on m.site_id = s.id
                where m.compte_id = :c and s.commune = 'Strasbourg' and s.actif order by s.nom limit 1
                """).param("c", conseiller()).query(UUID.class).single();
    }

    private long dossiers(UUID personne) {
        return jdbc.sql("select count(*) from dossier where beneficiaire_id = :p").param("p", personne)
                .query(Long.class).single();
    }

}
