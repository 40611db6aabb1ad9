package fr.portailcep.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import fr.portailcep.compte.OrigineRequete;
import fr.portailcep.compte.Role;
import fr.portailcep.operateur.EquipeService;
import fr.portailcep.operateur.Invitation;
import fr.portailcep.operateur.PolitiqueAcces;
import fr.portailcep.parcours.DossiersEquipe;
import fr.portailcep.parcours.ParcoursService;
import fr.portailcep.shared.Introuvable;
import fr.portailcep.test.PortailIT;

/**
 * Proof 3 of issue 11, the médiateur's side: the dossier of a person opens to the médiateur only for an admissible
 * referral, once the access is requested and until it expires (by the portal's clock); read-only; every read and
 * every refusal is in the journal; the person sees each read. And the operator's managers cannot manage the
 * médiateur's account (DD010, DD018).
 */
class AccesMediateurIT extends PortailIT {

    private static final String MARC = "marc.lefevre";

    @Autowired
    MediationService mediation;
    @Autowired
    DossiersEquipe dossiers;
    @Autowired
    ParcoursService parcours;
    @Autowired
    PolitiqueAcces politique;
    @Autowired
    EquipeService equipe;
    @Autowired
    JdbcClient jdbc;

    private record Personne(String identifiant, UUID id) {
    }

    private Personne personne() {
        var identifiant = "acces.mediateur." + UUID.randomUUID().toString().substring(0, 8);
        return new Personne(identifiant, personnes.nouveauBeneficiaire(identifiant, "Inès", "Moreau"));
    }

    private UUID saisineRecevable(Personne p) {
        return personnes.enTantQue(MARC, () -> {
            var s = mediation.enregistrer(new SaisineRecue(personnes.compte(p.identifiant()).email(),
                    OrigineSaisine.COURRIER, LocalDate.now(horloge), "Je conteste la réponse de l’opérateur."));
            return mediation.statuer(s.id(), true, "Une réclamation préalable a été faite.").id();
        });
    }

    private boolean litLeDossier(UUID personne) {
        try {
            personnes.enTantQue(MARC, () -> dossiers.dossierDe(personne));
            return true;
        } catch (Introuvable e) {
            return false;
        }
    }

    private long journal(String action, UUID personne, String objetContient) {
        return jdbc.sql("""
                select count(*) from journal_audit where acteur_id = :marc and action = :action
                and beneficiaire_id = :personne and coalesce(objet, '') like :objet
                """).param("marc", personnes.compte(MARC).id()).param("action", action).param("personne", personne)
                .param("objet", "%" + objetContient + "%").query(Long.class).single();
    }

    @Test
    void le_mediateur_ne_peut_pas_ouvrir_un_dossier_qui_ne_lui_a_pas_ete_soumis() {
        var p = personne();

        assertThat(litLeDossier(p.id())).as("dossier sans saisine").isFalse();
        assertThatThrownBy(() -> personnes.enTantQue(MARC, () -> dossiers.fiche(p.id()))).isInstanceOf(Introuvable.class);
        assertThat(journal("ACCES_REFUSE", p.id(), "")).as("le refus est au journal").isPositive();
    }

    @Test
    void le_dossier_saisi_ne_s_ouvre_qu_apres_la_demande_d_acces_et_se_ferme_a_l_expiration() {
        horloge.regler(java.time.Instant.now());
        var p = personne();
        var saisine = saisineRecevable(p);

        assertThat(litLeDossier(p.id())).as("saisine recevable, accès pas encore demandé").isFalse();

        var vue = personnes.enTantQue(MARC, () -> mediation.demanderAcces(saisine));
        assertThat(vue.accesDemandeLe()).isEqualTo(horloge.instant());
        assertThat(vue.actes()).contains(ActeSaisine.LIRE_DOSSIER).doesNotContain(ActeSaisine.DEMANDER_ACCES);
        assertThat(litLeDossier(p.id())).as("accès demandé").isTrue();
        assertThat(journal("LECTURE_DOSSIER", p.id(), "[MEDIATION " + vue.numero()))
                .as("la lecture est au journal avec ce que l’accès nomme").isPositive();
        var consultations = personnes.enTantQue(p.identifiant(), () -> mediation.maSaisine(saisine)).consultations();
        assertThat(consultations).as("la personne voit la consultation et son heure").containsExactly(horloge.instant());

        horloge.avancer(Duration.ofDays(29));
        assertThat(litLeDossier(p.id())).as("29 jours après la demande").isTrue();

        horloge.avancer(Duration.ofDays(1).plusMinutes(1));
        assertThat(litLeDossier(p.id())).as("30 jours après la demande : accès expiré").isFalse();
        assertThat(personnes.enTantQue(MARC, () -> mediation.saisine(saisine)).actes())
                .contains(ActeSaisine.DEMANDER_ACCES).doesNotContain(ActeSaisine.LIRE_DOSSIER);
        assertThat(personnes.enTantQue(p.identifiant(), () -> mediation.maSaisine(saisine)).consultations())
                .as("une consultation par lecture permise, aucune après l’expiration").hasSize(2);
    }

    @Test
    void l_acces_du_mediateur_est_en_lecture_seule_et_limite_a_ce_dossier() {
        var p = personne();
        var autre = personne();
        var saisine = saisineRecevable(p);
        personnes.faire(MARC, () -> mediation.demanderAcces(saisine));

        assertThat(litLeDossier(p.id())).isTrue();
        assertThat(litLeDossier(autre.id())).as("un autre dossier").isFalse();
        assertThatThrownBy(() -> personnes.faire(MARC, () -> politique.exigerActe(p.id(), "ACTE")))
                .as("aucun acte, même accès ouvert").isInstanceOf(Introuvable.class);
        assertThatThrownBy(() -> personnes.faire(MARC, () -> parcours.cloreDossier(p.id(), "Médiation")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(journal("LECTURE_DOSSIER", p.id(), "[MEDIATION")).isPositive();
        assertThat(journal("ACCES_REFUSE", autre.id(), "")).as("le refus sur l’autre dossier est au journal")
                .isPositive();
    }

    @Test
    void la_cloture_ferme_l_acces() {
        var p = personne();
        var saisine = saisineRecevable(p);
        personnes.faire(MARC, () -> {
            mediation.demanderAcces(saisine);
            mediation.enregistrerIssue(saisine, IssueSaisine.ACCORD_AMIABLE, "Un nouveau calendrier est convenu.");
            mediation.clore(saisine);
        });

        assertThat(litLeDossier(p.id())).as("médiation close").isFalse();
    }

    @Test
    void un_manager_ne_peut_ni_creer_ni_changer_ni_retirer_un_compte_mediateur() {
        var marc = personnes.compte(MARC).id();
        var strasbourg = personnes.site("Strasbourg");

        assertThatThrownBy(() -> personnes.faire("nadia.benali", () -> equipe.desactiver(marc, OrigineRequete.INCONNUE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> personnes.faire("nadia.benali",
                () -> equipe.reinitialiserAcces(marc, OrigineRequete.INCONNUE))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> personnes.faire("nadia.benali", () -> equipe.modifierSites(marc, Set.of(strasbourg))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> personnes.faire("nadia.benali", () -> equipe.inviter(new Invitation(
                "autre.mediateur@demo.portail-cep.fr", "Autre", "Médiateur", Role.MEDIATEUR, Set.of()))))
                .isInstanceOf(EquipeService.InvitationRefusee.class)
                .satisfies(e -> assertThat(((EquipeService.InvitationRefusee) e).erreurs()).containsKey("role"));
        assertThat(personnes.enTantQue("nadia.benali", () -> equipe.membres()).stream()
                .map(m -> m.compte().role())).as("le médiateur n’est pas un membre de l’équipe").doesNotContain(
                        Role.MEDIATEUR);
        assertThat(personnes.compte(MARC).role()).isEqualTo(Role.MEDIATEUR);
        assertThat(personnes.compte(MARC).actif()).as("le compte du médiateur est intact").isTrue();
    }
}
