package fr.portailcep.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.portailcep.rendezvous.RendezVous.Acte;
import fr.portailcep.rendezvous.RendezVous.Auteur;

/**
 * What can happen next to a rendez-vous, for whom, and when: every state, every moment (before, at and after its
 * start), every act; and the events each act registers.
 */
class RendezVousTest {

    private static final Instant DEBUT = Instant.parse("2026-12-01T09:00:00Z");
    private static final UUID DEMANDE = UUID.randomUUID();

    /** A rendez-vous in {@code etat}: RESERVE, ANNULE_PAR_PERSONNE, ANNULE_PAR_CONSEILLER, HONORE, ABSENT, EXCUSE. */
    private static RendezVous dans(String etat) {
        var rdv = new RendezVous(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), DEMANDE, Modalite.SUR_SITE,
                DEBUT, DEBUT.plus(Duration.ofMinutes(45)), OrigineRendezVous.EN_LIGNE, null, null, null,
                DEBUT.minus(Duration.ofDays(5)));
        var avant = DEBUT.minus(Duration.ofDays(1));
        switch (etat) {
            case "RESERVE" -> {
            }
            case "ANNULE_PAR_PERSONNE" -> rdv.annuler(Auteur.BENEFICIAIRE, avant);
            case "ANNULE_PAR_CONSEILLER" -> rdv.annuler(Auteur.CONSEILLER, avant);
            default -> rdv.noter(StatutRendezVous.valueOf(etat), UUID.randomUUID(), DEBUT);
        }
        return rdv;
    }

    /** -60: an hour before its start; 0: at its start; 60: an hour after. */
    private static Instant a(int minutes) {
        return DEBUT.plus(Duration.ofMinutes(minutes));
    }

    private static Set<Acte> actes(String liste) {
        var actes = EnumSet.noneOf(Acte.class);
        if (liste != null) {
            for (var a : liste.split(" ")) {
                actes.add(Acte.valueOf(a));
            }
        }
        return actes;
    }

    @ParameterizedTest(name = "{0} à {1} min, {2} : {3}")
    @CsvSource(nullValues = "-", value = {
            // state, minutes from the start, who, acts possible
            "RESERVE,               -60, BENEFICIAIRE, DEPLACER ANNULER",
            "RESERVE,               -60, CONSEILLER,   ANNULER",
            "RESERVE,                 0, BENEFICIAIRE, -",
            "RESERVE,                 0, CONSEILLER,   NOTER",
            "RESERVE,                60, BENEFICIAIRE, -",
            "RESERVE,                60, CONSEILLER,   NOTER",
            "ANNULE_PAR_PERSONNE,   -60, BENEFICIAIRE, -",
            "ANNULE_PAR_PERSONNE,   -60, CONSEILLER,   -",
            "ANNULE_PAR_CONSEILLER, -60, BENEFICIAIRE, DEPLACER",
            "ANNULE_PAR_CONSEILLER,  60, BENEFICIAIRE, DEPLACER",
            "ANNULE_PAR_CONSEILLER, -60, CONSEILLER,   -",
            "HONORE,                 60, BENEFICIAIRE, -",
            "HONORE,                 60, CONSEILLER,   -",
            "ABSENT,                 60, CONSEILLER,   -",
            "EXCUSE,                 60, CONSEILLER,   -",
    })
    void dit_ce_qui_peut_arriver_ensuite(String etat, int minutes, Auteur qui, String attendus) {
        var rdv = dans(etat);
        assertThat(rdv.actesPossibles(qui, a(minutes))).isEqualTo(actes(attendus));
    }

    @ParameterizedTest(name = "{0} à {1} min : {2}")
    @CsvSource({
            // state, minutes from the start, what the page of the person's link says first
            "RESERVE,               -60, A_VENIR",
            "RESERVE,                 0, CLOS",
            "RESERVE,                60, CLOS",
            "ANNULE_PAR_PERSONNE,   -60, CLOS",
            "ANNULE_PAR_CONSEILLER, -60, A_REPRENDRE",
            "ANNULE_PAR_CONSEILLER,  60, A_REPRENDRE",
            "HONORE,                 60, CLOS",
            "ABSENT,                 60, CLOS",
            "EXCUSE,                 60, CLOS",
    })
    void dit_a_la_personne_ou_elle_en_est(String etat, int minutes, RendezVous.Avis attendu) {
        assertThat(dans(etat).avisPourLaPersonne(a(minutes))).isEqualTo(attendu);
    }

    @ParameterizedTest(name = "{0} à {1} min : déplacer {2}, annuler {3}, noter {4}")
    @CsvSource({
            "RESERVE,               -60, true,  true,  false",
            "RESERVE,                 0, false, false, true",
            "RESERVE,                60, false, false, true",
            "ANNULE_PAR_PERSONNE,   -60, false, false, false",
            "ANNULE_PAR_CONSEILLER, -60, true,  false, false",
            "HONORE,                 60, false, false, false",
            "ABSENT,                 60, false, false, false",
            "EXCUSE,                 60, false, false, false",
    })
    void chaque_acte_n_est_permis_que_s_il_est_possible(String etat, int minutes, boolean deplacer, boolean annuler,
            boolean noter) {
        var maintenant = a(minutes);
        assertThat(dans(etat).peutEtreDeplace(maintenant)).isEqualTo(deplacer);
        assertThat(dans(etat).peutEtreAnnule(maintenant)).isEqualTo(annuler);
        assertThat(dans(etat).peutEtreNote(maintenant)).isEqualTo(noter);
        var plusTard = DEBUT.plus(Duration.ofDays(2));
        if (deplacer) {
            var rdv = dans(etat);
            rdv.deplacer(UUID.randomUUID(), UUID.randomUUID(), Modalite.VISIO, plusTard, plusTard.plusSeconds(2700),
                    maintenant);
            assertThat(rdv.statut()).isEqualTo(StatutRendezVous.RESERVE);
        } else {
            assertThatThrownBy(() -> dans(etat).deplacer(UUID.randomUUID(), UUID.randomUUID(), Modalite.VISIO,
                    plusTard, plusTard.plusSeconds(2700), maintenant)).isInstanceOf(IllegalStateException.class);
        }
        if (annuler) {
            var rdv = dans(etat);
            rdv.annuler(Auteur.BENEFICIAIRE, maintenant);
            assertThat(rdv.statut()).isEqualTo(StatutRendezVous.ANNULE);
        } else {
            assertThatThrownBy(() -> dans(etat).annuler(Auteur.BENEFICIAIRE, maintenant))
                    .isInstanceOf(IllegalStateException.class);
        }
        if (noter) {
            var rdv = dans(etat);
            rdv.noter(StatutRendezVous.HONORE, UUID.randomUUID(), maintenant);
            assertThat(rdv.statut()).isEqualTo(StatutRendezVous.HONORE);
        } else {
            assertThatThrownBy(() -> dans(etat).noter(StatutRendezVous.HONORE, UUID.randomUUID(), maintenant))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @ParameterizedTest
    @CsvSource({"RESERVE", "ANNULE"})
    void noter_n_accepte_que_tenu_absent_ou_excuse(StatutRendezVous statut) {
        assertThatThrownBy(() -> dans("RESERVE").noter(statut, UUID.randomUUID(), a(10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void un_deplacement_va_vers_un_moment_a_venir_et_change_la_sequence_du_calendrier() {
        var rdv = dans("RESERVE");
        assertThatThrownBy(() -> rdv.deplacer(UUID.randomUUID(), UUID.randomUUID(), Modalite.VISIO, a(-120), a(-75),
                a(-60))).isInstanceOf(IllegalArgumentException.class);
        rdv.deplacer(UUID.randomUUID(), UUID.randomUUID(), Modalite.VISIO, a(120), a(165), a(-60));
        assertThat(rdv.sequenceIcs()).isEqualTo(1);
        assertThat(rdv.debut()).isEqualTo(a(120));
    }

    @Test
    void chaque_acte_enregistre_son_evenement() {
        var reserve = dans("RESERVE");
        assertThat(reserve.evenementsEnAttente()).singleElement()
                .isInstanceOfSatisfying(EvenementsRendezVous.RendezVousReserve.class, e -> {
                    assertThat(e.rendezVousId()).isEqualTo(reserve.id());
                    assertThat(e.demandeId()).isEqualTo(DEMANDE);
                    assertThat(e.debut()).isEqualTo(DEBUT);
                });

        var annule = dans("ANNULE_PAR_PERSONNE");
        assertThat(annule.evenementsEnAttente()).last()
                .isInstanceOfSatisfying(EvenementsRendezVous.RendezVousAnnule.class, e -> {
                    assertThat(e.demandeId()).isEqualTo(DEMANDE);
                    assertThat(e.parLaPersonne()).isTrue();
                });
        assertThat(dans("ANNULE_PAR_CONSEILLER").evenementsEnAttente()).last()
                .isInstanceOfSatisfying(EvenementsRendezVous.RendezVousAnnule.class,
                        e -> assertThat(e.parLaPersonne()).isFalse());

        assertThat(dans("HONORE").evenementsEnAttente()).last()
                .isInstanceOfSatisfying(EvenementsRendezVous.RendezVousNote.class, e -> {
                    assertThat(e.tenu()).isTrue();
                    assertThat(e.debut()).isEqualTo(DEBUT);
                    assertThat(e.demandeId()).isEqualTo(DEMANDE);
                });
        assertThat(dans("ABSENT").evenementsEnAttente()).last()
                .isInstanceOfSatisfying(EvenementsRendezVous.RendezVousNote.class, e -> assertThat(e.tenu()).isFalse());
    }
}
