package fr.portailcep.operateur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import fr.portailcep.aiguillage.AiguillageService;
import fr.portailcep.aiguillage.DejaSuivi;
import fr.portailcep.aiguillage.Employeur;
import fr.portailcep.aiguillage.ModeContact;

import fr.portailcep.aiguillage.OrigineDemarche;
import fr.portailcep.aiguillage.Reponses;
import fr.portailcep.aiguillage.Situation;
import fr.portailcep.aiguillage.TrancheAge;
import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.OrigineRequete;
import fr.portailcep.compte.Role;
import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.operateur.PolitiqueAcces.Motif;
import fr.portailcep.parcours.AccesDossiers;
import fr.portailcep.parcours.OperationRefusee;
import fr.portailcep.shared.Saisies;
import fr.portailcep.parcours.ParcoursService;
import fr.portailcep.parcours.SuiviConseiller;
import fr.portailcep.parcours.DossiersEquipe;
import fr.portailcep.parcours.Personnes;
import fr.portailcep.rendezvous.AgendaService;
import fr.portailcep.rendezvous.Identite;
import fr.portailcep.rendezvous.OffreService;
import fr.portailcep.rendezvous.ReservationService;
import fr.portailcep.reclamation.NouvelleReclamation;
import fr.portailcep.reclamation.ReclamationsService;
import fr.portailcep.shared.Introuvable;
import fr.portailcep.test.PortailIT;

/**
 * The one access policy (issue 8, finding 2): a person is seen by their own team — the staff named on their
 * dossier, the team of its site, before a first rendez-vous the teams of the sites of their département (every team
 * when the operator has none there) — and by nobody else, in every service; a manager acts on the people of their
 * own sites, never on another manager's passkeys nor on the médiateur.
 */
class PolitiqueAccesIT extends PortailIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    PolitiqueAcces politique;

    @Autowired
    AccesDossiers accesDossiers;

    @Autowired
    CompteService comptes;

    @Autowired
    OperateurService operateurs;

    @Autowired
    AiguillageService aiguillages;

    @Autowired
    ReservationService reservations;

    @Autowired
    EcheancesService echeances;

    @Autowired
    BeneficiaireService beneficiaires;

    @Autowired
    AgendaService agendas;

    @Autowired
    OffreService offre;

    @Autowired
    SitesService sites;

    @Autowired
    EquipeService equipe;

    @Autowired
    ParcoursService parcours;
    @Autowired
    DossiersEquipe dossiersEquipe;

    @Autowired
    SuiviConseiller suivi;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReclamationsService reclamations;

    UUID strasbourg;
    UUID reims;

    @BeforeEach
    void equipes() {
        strasbourg = personnes.site("Strasbourg");
        reims = personnes.site("Reims");
        // A manager of Reims only (the demo's manager works at both sites).
        if (comptes.parEmail(new AdresseCourriel("rose.marchal" + Personnes.DOMAINE)).isEmpty()) {
            var rose = comptes.creerProfessionnel(new AdresseCourriel("rose.marchal" + Personnes.DOMAINE),
                    Role.MANAGER, "Rose", "Marchal");
            operateurs.affecter(rose.id(), reims);
        }
    }

    @Test
    void chaque_personne_est_vue_par_son_equipe_et_par_personne_d_autre() {
        var thomas = personnes.beneficiaire("thomas.petit");
        var yasmine = personnes.beneficiaire("yasmine.diallo");
        var aReims = demandeDeRappel("acces.reims", "51100");
        var aParis = demandeDeRappel("acces.paris", "75011");
        var sansDemande = beneficiaires.parCompte(comptes.creerOuRetrouverBeneficiaire(
                new AdresseCourriel("acces.sansdemande" + Personnes.DOMAINE), "Sans", "Demande").id()).orElseThrow().id();
        // Someone who signed up only to complain (no dossier, no request): the correspondants médiation answer.
        var plaignant = beneficiaires.parCompte(comptes.creerOuRetrouverBeneficiaire(
                new AdresseCourriel("acces.plaignant" + Personnes.DOMAINE), "Sans", "Dossier").id()).orElseThrow().id();
        if (jdbc.sql("select count(*) from reclamation where beneficiaire_id = :b").param("b", plaignant)
                .query(Long.class).single() == 0) {
            personnes.enTantQue("acces.plaignant", () -> reclamations.deposer(new NouvelleReclamation("ACCUEIL",
                    "Personne ne m’a rappelé.", null, java.util.List.of())));
        }

        // person → account → why they may see them (empty: they may not)
        Map<UUID, Map<String, Set<Motif>>> attendu = Map.of(
                thomas, Map.of(
                        "thomas.petit", EnumSet.of(Motif.SOI),
                        // Julien engaged his UO1 (his rendez-vous with Amina was missed).
                        "julien.weber", EnumSet.of(Motif.SITE, Motif.UNITE, Motif.CONSEILLER),
                        // Amina held the rendez-vous he missed.
                        "amina.keita", EnumSet.of(Motif.SITE, Motif.RENDEZ_VOUS),
                        "nadia.benali", EnumSet.of(Motif.SITE),
                        "sophie.lambert", EnumSet.noneOf(Motif.class),
                        "rose.marchal", EnumSet.noneOf(Motif.class),
                        "marc.lefevre", EnumSet.noneOf(Motif.class),
                        "yasmine.diallo", EnumSet.noneOf(Motif.class)),
                yasmine, Map.of(
                        "sophie.lambert", EnumSet.of(Motif.SITE, Motif.REFERENT, Motif.UNITE, Motif.CONSEILLER,
                                Motif.RENDEZ_VOUS),
                        "rose.marchal", EnumSet.of(Motif.SITE, Motif.RENDEZ_VOUS),
                        "julien.weber", EnumSet.noneOf(Motif.class),
                        "thomas.petit", EnumSet.noneOf(Motif.class)),
                // Before a first rendez-vous: the sites of the person's département…
                aReims, Map.of(
                        "sophie.lambert", EnumSet.of(Motif.TERRITOIRE),
                        "rose.marchal", EnumSet.of(Motif.TERRITOIRE),
                        "nadia.benali", EnumSet.of(Motif.TERRITOIRE),
                        "julien.weber", EnumSet.noneOf(Motif.class),
                        "amina.keita", EnumSet.noneOf(Motif.class),
                        "marc.lefevre", EnumSet.noneOf(Motif.class)),
                // …or every team when the operator has no site there.
                aParis, Map.of(
                        "sophie.lambert", EnumSet.of(Motif.OPERATEUR),
                        "julien.weber", EnumSet.of(Motif.OPERATEUR),
                        "rose.marchal", EnumSet.of(Motif.OPERATEUR),
                        "marc.lefevre", EnumSet.noneOf(Motif.class)),
                // A réclamation with no dossier: every manager (correspondant médiation), no conseiller.
                plaignant, Map.of(
                        "nadia.benali", EnumSet.of(Motif.RECLAMATION),
                        "rose.marchal", EnumSet.of(Motif.RECLAMATION),
                        "julien.weber", EnumSet.noneOf(Motif.class),
                        "sophie.lambert", EnumSet.noneOf(Motif.class),
                        "marc.lefevre", EnumSet.noneOf(Motif.class)),
                // Someone who asked for nothing: nobody.
                sansDemande, Map.of(
                        "julien.weber", EnumSet.noneOf(Motif.class),
                        "sophie.lambert", EnumSet.noneOf(Motif.class),
                        "nadia.benali", EnumSet.noneOf(Motif.class)));
        attendu.forEach((personne, parCompte) -> parCompte.forEach((identifiant, motifs) -> {
            var compte = personnes.compte(identifiant);
            assertThat(politique.motifs(compte.id(), personne)).as(identifiant + " → " + personne).isEqualTo(motifs);
            assertThat(accesDossiers.peutConsulter(compte, personne)).as(identifiant + " → " + personne)
                    .isEqualTo(!motifs.isEmpty());
        }));
    }

    @Test
    void les_demandes_a_suivre_et_la_recherche_ne_montrent_que_les_personnes_de_mes_sites() {
        var aReims = demandeDeRappel("suivi.reims", "51100");
        var lea = personnes.beneficiaire("lea.nguyen");

        var pourSophie = personnes.enTantQue("sophie.lambert", () -> echeances.suivi());
        assertThat(pourSophie).extracting(s -> s.demande().beneficiaireId()).contains(aReims).doesNotContain(lea);
        var pourJulien = personnes.enTantQue("julien.weber", () -> echeances.suivi());
        assertThat(pourJulien).extracting(s -> s.demande().beneficiaireId()).contains(lea).doesNotContain(aReims);

        assertThat(personnes.enTantQue("julien.weber", () -> suivi.rechercher("Suivi"))).isEmpty();
        assertThat(personnes.enTantQue("sophie.lambert", () -> suivi.rechercher("suivi reims")))
                .extracting(b -> b.id()).containsExactly(aReims);
        assertThat(personnes.enTantQue("julien.weber", () -> suivi.rechercher("LEA NGUY")))
                .extracting(b -> b.id()).containsExactly(lea);
    }

    @Test
    void la_fiche_d_une_personne_d_un_autre_site_est_introuvable() {
        var thomas = personnes.beneficiaire("thomas.petit");
        assertThatThrownBy(() -> personnes.enTantQue("sophie.lambert", () -> beneficiaires.parId(thomas)))
                .isInstanceOf(Introuvable.class);
        assertThat(personnes.enTantQue("amina.keita", () -> beneficiaires.parId(thomas))).isPresent();
    }

    @Test
    void le_rappel_fait_est_note_au_nom_de_qui_l_a_fait_et_seulement_par_son_equipe() {
        var aReims = demandeDeRappel("rappel.reims", "51100");
        var demande = echeances.demandeOuverte(aReims).orElseThrow();
        var rappel = echeances.rappelEnCours(demande.id()).orElseThrow();

        assertThatThrownBy(() -> personnes.faire("julien.weber", () -> echeances.rappelFait(rappel.id())))
                .isInstanceOf(Introuvable.class);
        assertThat(echeances.rappelEnCours(demande.id())).isPresent();

        personnes.faire("sophie.lambert", () -> echeances.rappelFait(rappel.id()));
        var traitePar = jdbc.sql("select traite_par from demande_rappel where id = :id").param("id", rappel.id())
                .query(UUID.class).single();
        assertThat(traitePar).isEqualTo(personnes.compte("sophie.lambert").id());
    }

    @Test
    void le_referent_est_choisi_dans_l_equipe_de_la_personne() {
        var lea = personnes.beneficiaire("lea.nguyen");
        var sophie = personnes.compte("sophie.lambert");
        personnes.faire("amina.keita", () -> {
            assertThat(dossiersEquipe.conseillersPour(lea)).extracting(c -> c.email())
                    .contains("julien.weber" + Personnes.DOMAINE, "amina.keita" + Personnes.DOMAINE)
                    .doesNotContain(sophie.email());
            assertThatThrownBy(() -> parcours.changerReferent(lea, sophie.id(), "Elle déménage à Reims"))
                    .isInstanceOfSatisfying(OperationRefusee.class,
                            r -> assertThat(r.cle()).isEqualTo("parcours.refus.referent.inconnu"));
        });
    }

    @Test
    void un_manager_n_agit_que_sur_les_agendas_et_les_sites_ou_il_travaille() {
        var julien = personnes.compte("julien.weber");
        var sophie = personnes.compte("sophie.lambert");
        var aujourdhui = LocalDate.now(PARIS);
        personnes.faire("rose.marchal", () -> {
            assertThat(agendas.agendasVisibles()).extracting(c -> c.id()).contains(sophie.id())
                    .doesNotContain(julien.id(), personnes.compte("amina.keita").id());
            assertThat(agendas.agenda(sophie.id(), aujourdhui, aujourdhui.plusDays(7), PARIS)).isNotNull();
            assertThatThrownBy(() -> agendas.agenda(julien.id(), aujourdhui, aujourdhui.plusDays(7), PARIS))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> offre.plagesDe(julien.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> offre.ajouterAbsence(julien.id(), aujourdhui.plusDays(30),
                    aujourdhui.plusDays(31), "Congés")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> offre.fermerSite(strasbourg, aujourdhui.plusDays(30), aujourdhui.plusDays(31),
                    "Travaux")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sites.desactiver(strasbourg)).isInstanceOf(AccessDeniedException.class);
            assertThat(sites.tous()).extracting(Site::id).containsExactly(reims);
            assertThat(offre.controleHorairesElargis(aujourdhui, 1)).extracting(b -> b.site().id())
                    .containsExactly(reims);
        });
        // A conseiller: their own agenda only.
        personnes.faire("julien.weber", () -> {
            assertThatThrownBy(() -> offre.plagesDe(personnes.compte("amina.keita").id()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(offre.plagesDe(julien.id())).isNotEmpty();
        });
    }

    @Test
    void un_manager_ne_touche_ni_aux_cles_d_un_autre_manager_ni_au_mediateur_ni_a_un_autre_site() {
        var rose = personnes.compte("rose.marchal");
        var marc = personnes.compte("marc.lefevre");
        var julien = personnes.compte("julien.weber");
        personnes.faire("nadia.benali", () -> {
            assertThat(equipe.membres()).extracting(m -> m.compte().email()).doesNotContain(marc.email())
                    .contains(rose.email(), julien.email());
            assertThat(equipe.membres()).filteredOn(m -> m.compte().id().equals(rose.id())).singleElement()
                    // Another manager: (de)activation only, and Rose is active, so what can happen next is deactivation.
                    .satisfies(m -> assertThat(m.actes()).containsExactly(RegleEquipe.Acte.DESACTIVER));
            assertThatThrownBy(() -> equipe.reinitialiserAcces(rose.id(), OrigineRequete.INCONNUE))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> equipe.desactiver(marc.id(), OrigineRequete.INCONNUE))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> equipe.inviter(new Invitation("nouveau.mediateur@franccompetences.example",
                    "Paul", "Durand", Role.MEDIATEUR, Set.of())))
                    .isInstanceOfSatisfying(EquipeService.InvitationRefusee.class,
                            r -> assertThat(r.erreurs()).containsEntry(Invitation.CHAMP_ROLE,
                                    Saisies.Refus.de("equipe.erreur.role")));
        });
        personnes.faire("rose.marchal", () -> {
            assertThatThrownBy(() -> equipe.reinitialiserAcces(julien.id(), OrigineRequete.INCONNUE))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> equipe.modifierSites(julien.id(), Set.of(reims)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> equipe.inviter(new Invitation("nouvelle.conseillere" + Personnes.DOMAINE,
                    "Anne", "Vogel", Role.CONSEILLER, Set.of(strasbourg))))
                    .isInstanceOfSatisfying(EquipeService.InvitationRefusee.class, r -> assertThat(r.erreurs())
                            .containsEntry(Invitation.CHAMP_SITES, Saisies.Refus.de("equipe.erreur.sites.autres")));
        });
        assertThat(comptes.parId(julien.id()).orElseThrow().actif()).isTrue();
    }

    /** A new person who asked to be called back after an aiguillage giving this postcode (no rendez-vous yet). */
    private UUID demandeDeRappel(String identifiant, String codePostal) {
        var adresse = new AdresseCourriel(identifiant + "." + UUID.randomUUID().toString().substring(0, 8)
                + Personnes.DOMAINE);
        var aiguillage = aiguillages.enregistrer(new Reponses(Situation.SALARIE, Employeur.PRIVE, false,
                DejaSuivi.NON, false, TrancheAge.DE_26_A_49, codePostal, null, fr.portailcep.aiguillage.Motif.SE_FORMER,
                OrigineDemarche.INDIVIDUELLE), ModeContact.EN_LIGNE, null).aiguillage();
        var morceaux = identifiant.split("\\.");
        reservations.demanderRappel(aiguillages.contexte(aiguillage),
                new Identite(capitaliser(morceaux[0]), capitaliser(morceaux[1]), adresse, "06 12 34 56 78"),
                "Le matin", OrigineRequete.INCONNUE);
        return beneficiaires.parCompte(comptes.parEmail(adresse).orElseThrow().id()).orElseThrow().id();
    }

    private static String capitaliser(String mot) {
        return Character.toUpperCase(mot.charAt(0)) + mot.substring(1);
    }
}
