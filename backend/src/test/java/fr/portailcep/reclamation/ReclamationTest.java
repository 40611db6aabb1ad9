package fr.portailcep.reclamation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.portailcep.reclamation.Reclamation.Qui;
import fr.portailcep.shared.ActeRefuse;

/** What may happen to a réclamation, and when (the aggregate's answer, DD014). */
class ReclamationTest {

    private static final LocalDate RECUE = LocalDate.of(2026, 3, 2);
    private static final Instant MAINTENANT = Instant.parse("2026-03-02T09:00:00Z");
    private static final UUID CORRESPONDANT = UUID.randomUUID();

    private static Reclamation courrier() {
        return new Reclamation("R-2026-000001", UUID.randomUUID(), CanalReclamation.COURRIER, "ACCUEIL", "Faits",
                null, RECUE, MAINTENANT, CORRESPONDANT);
    }

    @Test
    void un_courrier_recu_attend_son_accuse_et_sa_reponse() {
        var r = courrier();
        assertThat(r.etat()).isEqualTo(EtatReclamation.RECUE);
        assertThat(r.actesPossibles(Qui.CORRESPONDANT, RECUE)).containsExactlyInAnyOrder(
                ActeReclamation.ACCUSER_RECEPTION, ActeReclamation.ASSIGNER, ActeReclamation.NOTER,
                ActeReclamation.REPONDRE);
        assertThat(r.actesPossibles(Qui.PERSONNE, RECUE)).isEmpty();
        assertThat(r.echeance()).contains(LocalDate.of(2026, 3, 9));
        assertThat(r.historique()).extracting(Reclamation.Etape::cle)
                .containsExactly("reclamation.historique.enregistree.COURRIER");
    }

    @Test
    void l_accuse_ne_part_qu_une_fois_puis_l_echeance_est_celle_de_la_reponse() {
        var r = courrier();
        r.accuser(MAINTENANT, CORRESPONDANT, true, RECUE);
        assertThat(r.etat()).isEqualTo(EtatReclamation.ACCUSEE);
        assertThat(r.echeance()).contains(LocalDate.of(2026, 4, 16));
        assertThatThrownBy(() -> r.accuser(MAINTENANT, CORRESPONDANT, true, RECUE)).isInstanceOf(ActeRefuse.class)
                .hasMessage("reclamation.refus.ACCUSER_RECEPTION");
    }

    @Test
    void sans_adresse_l_historique_dit_que_l_accuse_est_a_imprimer() {
        var r = courrier();
        r.accuser(MAINTENANT, CORRESPONDANT, false, RECUE);
        assertThat(r.historique()).extracting(Reclamation.Etape::cle)
                .endsWith("reclamation.historique.accusee.imprimer");
    }

    @Test
    void apres_la_reponse_la_personne_donne_son_avis_et_si_elle_n_est_pas_satisfaite_saisit_le_mediateur() {
        var r = courrier();
        r.accuser(MAINTENANT, CORRESPONDANT, true, RECUE);
        assertThat(r.actesPossibles(Qui.PERSONNE, RECUE.plusDays(10))).isEmpty();
        r.repondre("Réponse", MAINTENANT, CORRESPONDANT, RECUE.plusDays(10));
        assertThat(r.actesPossibles(Qui.CORRESPONDANT, RECUE.plusDays(10)))
                .doesNotContain(ActeReclamation.REPONDRE, ActeReclamation.ACCUSER_RECEPTION);
        assertThat(r.actesPossibles(Qui.PERSONNE, RECUE.plusDays(10))).containsExactly(ActeReclamation.DONNER_AVIS);

        r.donnerAvis(true, null, MAINTENANT, null, RECUE.plusDays(11));
        assertThat(r.etat()).isEqualTo(EtatReclamation.SATISFAITE);
        assertThat(r.actesPossibles(Qui.PERSONNE, RECUE.plusDays(100))).containsExactly(ActeReclamation.DONNER_AVIS);

        r.donnerAvis(false, "Rien n’a changé", MAINTENANT, null, RECUE.plusDays(12));
        assertThat(r.etat()).isEqualTo(EtatReclamation.INSATISFAITE);
        assertThat(r.actesPossibles(Qui.PERSONNE, RECUE.plusDays(12))).containsExactlyInAnyOrder(
                ActeReclamation.DONNER_AVIS, ActeReclamation.SAISIR_MEDIATEUR);

        assertThat(r.porterAuMediateur(UUID.randomUUID(), MAINTENANT)).isTrue();
        assertThat(r.etat()).isEqualTo(EtatReclamation.PORTEE_AU_MEDIATEUR);
        assertThat(r.actesPossibles(Qui.PERSONNE, RECUE.plusDays(12))).isEmpty();
        assertThat(r.porterAuMediateur(UUID.randomUUID(), MAINTENANT)).as("une seule fois").isFalse();
    }

    @Test
    void sans_reponse_apres_45_jours_la_personne_peut_saisir_le_mediateur() {
        var r = courrier();
        r.accuser(MAINTENANT, CORRESPONDANT, true, RECUE);
        assertThat(r.actesPossibles(Qui.PERSONNE, LocalDate.of(2026, 4, 16))).isEmpty();
        assertThat(r.actesPossibles(Qui.PERSONNE, LocalDate.of(2026, 4, 17)))
                .containsExactly(ActeReclamation.SAISIR_MEDIATEUR);
        assertThat(r.enRetard(LocalDate.of(2026, 4, 17))).isTrue();
    }

    @Test
    void la_personne_ne_donne_pas_son_avis_avant_la_reponse() {
        var r = courrier();
        assertThatThrownBy(() -> r.donnerAvis(true, null, MAINTENANT, null, RECUE))
                .isInstanceOf(ActeRefuse.class).hasMessage("reclamation.refus.DONNER_AVIS");
    }

    @Test
    void repondre_a_un_courrier_non_accuse_vaut_accuse() {
        var r = courrier();
        r.repondre("Réponse", MAINTENANT, CORRESPONDANT, RECUE);
        assertThat(r.accuseLe()).isEqualTo(MAINTENANT);
        assertThat(r.etat()).isEqualTo(EtatReclamation.REPONDUE);
        assertThat(r.enRetard(RECUE.plusDays(100))).isFalse();
    }

    @Test
    void la_premiere_demande_d_acces_du_mediateur_est_gardee() {
        var r = courrier();
        assertThat(r.accesDossierDemande(MAINTENANT)).isTrue();
        assertThat(r.accesDossierDemande(MAINTENANT.plusSeconds(60))).isFalse();
        assertThat(r.accesDossierDemandeLe()).isEqualTo(MAINTENANT);
    }
}
