package fr.portailcep.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.portailcep.shared.ActeRefuse;

/** A weekly opening: its rules (each refused beside its field), its overlaps, its validity over time. */
class PlageOuvertureTest {

    private static final LocalDate DEPUIS = LocalDate.of(2026, 11, 2);

    @ParameterizedTest(name = "{0} {1}–{2}, {3} min, modalités {4} → {5}")
    @CsvSource(nullValues = "-", value = {
            "MONDAY, 09:00, 12:00, 60,  SUR_SITE,  -",
            "MONDAY, 09:00, 09:15, 15,  VISIO,     -",
            "MONDAY, 09:00, 13:00, 240, TELEPHONE, -",
            "-,      09:00, 12:00, 60,  SUR_SITE,  jour:offre.erreur.jour",
            "MONDAY, -,     12:00, 60,  SUR_SITE,  debut:offre.erreur.debut",
            "MONDAY, 09:00, -,     60,  SUR_SITE,  fin:offre.erreur.fin",
            "MONDAY, 12:00, 09:00, 60,  SUR_SITE,  fin:offre.erreur.fin",
            "MONDAY, 09:00, 09:00, 60,  SUR_SITE,  fin:offre.erreur.fin",
            "MONDAY, 09:00, 12:00, 10,  SUR_SITE,  duree:offre.erreur.duree",
            "MONDAY, 09:00, 14:00, 300, SUR_SITE,  duree:offre.erreur.duree",
            "MONDAY, 09:00, 09:30, 45,  SUR_SITE,  fin:offre.erreur.tropcourt",
            "MONDAY, 09:00, 12:00, 60,  -,         modalites:offre.erreur.modalites",
    })
    void refuse_une_plage_qui_ne_tient_pas_a_cote_du_bon_champ(DayOfWeek jour, LocalTime debut, LocalTime fin,
            int duree, Modalite modalite, String refus) {
        Set<Modalite> modalites = modalite == null ? EnumSet.noneOf(Modalite.class) : EnumSet.of(modalite);
        if (refus == null) {
            PlageOuverture.verifier(jour, debut, fin, modalites, duree);
        } else {
            assertThatThrownBy(() -> PlageOuverture.verifier(jour, debut, fin, modalites, duree))
                    .isInstanceOfSatisfying(ActeRefuse.class, e -> {
                        assertThat(e.champ()).contains(refus.split(":")[0]);
                        assertThat(e.cle()).isEqualTo(refus.split(":")[1]);
                    });
        }
    }

    @ParameterizedTest(name = "9h–12h le lundi et {0} {1}–{2} : chevauche {3}")
    @CsvSource({
            "MONDAY,  08:00, 09:00, false",
            "MONDAY,  08:00, 09:01, true",
            "MONDAY,  11:59, 14:00, true",
            "MONDAY,  12:00, 14:00, false",
            "MONDAY,  10:00, 11:00, true",
            "TUESDAY, 10:00, 11:00, false",
    })
    void deux_plages_du_meme_jour_ne_se_chevauchent_pas(DayOfWeek jour, LocalTime debut, LocalTime fin,
            boolean chevauche) {
        assertThat(plage().chevauche(jour, debut, fin)).isEqualTo(chevauche);
    }

    @ParameterizedTest(name = "terminée le {0} : valable le {1} → {2}")
    @CsvSource(nullValues = "-", value = {
            "-,          2026-11-01, false",
            "-,          2026-11-02, true",
            "-,          2030-01-01, true",
            "2026-11-30, 2026-11-30, true",
            "2026-11-30, 2026-12-01, false",
    })
    void vaut_de_son_premier_a_son_dernier_jour(LocalDate dernierJour, LocalDate jour, boolean valable) {
        var plage = plage();
        if (dernierJour != null) {
            plage.terminer(dernierJour);
        }
        assertThat(plage.valideLe(jour)).isEqualTo(valable);
    }

    @Test
    void garde_ses_modalites() {
        assertThat(plage().modalites()).containsExactlyInAnyOrder(Modalite.SUR_SITE, Modalite.VISIO);
    }

    private static PlageOuverture plage() {
        return new PlageOuverture(UUID.randomUUID(), UUID.randomUUID(), DayOfWeek.MONDAY, LocalTime.of(9, 0),
                LocalTime.of(12, 0), EnumSet.of(Modalite.SUR_SITE, Modalite.VISIO), 60, DEPUIS, null);
    }
}
