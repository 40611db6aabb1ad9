package fr.portailcep.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An absence of a conseiller or a closure of a site: it ends after it starts, and makes them unavailable. */
class FermetureTest {

    private static final Instant DEBUT = Instant.parse("2026-12-01T08:00:00Z");

    @ParameterizedTest(name = "finit {0} min après son début → permise {1}")
    @CsvSource({"-60, false", "0, false", "1, true", "1440, true"})
    void finit_apres_son_debut(long minutes, boolean permise) {
        var fin = DEBUT.plusSeconds(minutes * 60);
        if (permise) {
            assertThat(Fermeture.absence(UUID.randomUUID(), DEBUT, fin, null, DEBUT).fin()).isEqualTo(fin);
            assertThat(Fermeture.fermetureSite(UUID.randomUUID(), DEBUT, fin, null, DEBUT).fin()).isEqualTo(fin);
        } else {
            assertThatThrownBy(() -> Fermeture.absence(UUID.randomUUID(), DEBUT, fin, null, DEBUT))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void une_absence_concerne_un_conseiller_une_fermeture_un_site() {
        var conseiller = UUID.randomUUID();
        var site = UUID.randomUUID();
        var absence = Fermeture.absence(conseiller, DEBUT, DEBUT.plusSeconds(3600), "Formation", DEBUT);
        var fermeture = Fermeture.fermetureSite(site, DEBUT, DEBUT.plusSeconds(3600), null, DEBUT);
        assertThat(absence.conseillerId()).contains(conseiller);
        assertThat(absence.siteId()).isEmpty();
        assertThat(absence.motif()).contains("Formation");
        assertThat(fermeture.siteId()).contains(site);
        assertThat(fermeture.conseillerId()).isEmpty();
        assertThat(absence.enIndisponibilite().conseillerId()).isEqualTo(conseiller);
    }
}
