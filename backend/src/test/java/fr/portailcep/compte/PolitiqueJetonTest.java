package fr.portailcep.compte;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolitiqueJetonTest {

    private final PolitiqueJeton politique = PolitiqueJeton.PAR_DEFAUT;

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 0", "2, 2", "3, 5", "4, 15", "9, 15"})
    void l_attente_grandit_avec_les_codes_faux(int essaisRates, long secondes) {
        assertThat(politique.attenteApres(essaisRates)).isEqualTo(Duration.ofSeconds(secondes));
    }

    @ParameterizedTest
    @CsvSource({"0, 5, false", "4, 1, false", "5, 0, true", "7, 0, true"})
    void cinq_codes_faux_bloquent(int essaisRates, int restants, boolean bloque) {
        assertThat(politique.essaisRestants(essaisRates)).isEqualTo(restants);
        assertThat(politique.estBloque(essaisRates)).isEqualTo(bloque);
    }

    @Test
    void trois_demandes_par_adresse_en_quinze_minutes() {
        var plusAncienne = Instant.parse("2026-11-23T09:00:00Z");
        assertThat(politique.prochaineDemandePossible(2, plusAncienne, politique.fenetreAdresse(),
                politique.demandesParAdresse())).isEmpty();
        assertThat(politique.prochaineDemandePossible(3, plusAncienne, politique.fenetreAdresse(),
                politique.demandesParAdresse())).contains(Instant.parse("2026-11-23T09:15:00Z"));
    }

    @Test
    void trente_demandes_par_adresse_reseau_et_par_heure_par_defaut() {
        var depuis = Instant.parse("2026-11-23T09:00:00Z");
        assertThat(politique.prochaineDemandePossible(29, depuis, politique.fenetreReseau(),
                politique.demandesParReseau())).isEmpty();
        assertThat(politique.prochaineDemandePossible(30, depuis, politique.fenetreReseau(),
                politique.demandesParReseau())).contains(Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(politique.avecDemandesParReseau(500).demandesParReseau()).isEqualTo(500);
    }
}
