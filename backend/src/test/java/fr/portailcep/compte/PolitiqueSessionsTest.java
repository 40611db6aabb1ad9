package fr.portailcep.compte;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a session ends by itself, and when an authentication is recent enough to add a passkey. */
class PolitiqueSessionsTest {

    private static final Instant OUVERTE = Instant.parse("2026-11-23T08:00:00Z");

    @ParameterizedTest(name = "pro : {0}, activité il y a {1} min, ouverte depuis {2} min : {3}")
    @CsvSource(nullValues = "-", value = {
            "false, 0, 0, -",
            "false, 29, 60, -",
            "false, 30, 60, INACTIVITE",
            "false, 45, 100, INACTIVITE",
            "false, 10, 719, -",
            "false, 10, 720, DUREE",
            // Too old and idle: the lifetime is said first.
            "false, 40, 800, DUREE",
            "true, 29, 60, -",
            "true, 30, 60, INACTIVITE",
            "true, 0, 720, DUREE",
    })
    void fin_par_defaut(boolean pro, int inactifMinutes, int ouverteMinutes, PolitiqueSessions.Fin fin) {
        var maintenant = OUVERTE.plus(Duration.ofMinutes(ouverteMinutes));
        assertThat(PolitiqueSessions.PAR_DEFAUT.fin(pro, OUVERTE, maintenant.minus(Duration.ofMinutes(inactifMinutes)),
                maintenant)).isEqualTo(Optional.ofNullable(fin));
    }

    @ParameterizedTest(name = "pro : {0}, activité il y a {1} min, ouverte depuis {2} min : {3}")
    @CsvSource(nullValues = "-", value = {
            "false, 20, 60, -",
            "true, 20, 60, INACTIVITE",
            "false, 10, 500, -",
            "true, 10, 500, DUREE",
    })
    void le_personnel_peut_avoir_ses_propres_durees(boolean pro, int inactifMinutes, int ouverteMinutes,
            PolitiqueSessions.Fin fin) {
        var politique = new PolitiqueSessions(Duration.ofMinutes(30), Duration.ofHours(12), Duration.ofMinutes(15),
                Duration.ofHours(8), Duration.ofMinutes(10));
        var maintenant = OUVERTE.plus(Duration.ofMinutes(ouverteMinutes));
        assertThat(politique.fin(pro, OUVERTE, maintenant.minus(Duration.ofMinutes(inactifMinutes)), maintenant))
                .isEqualTo(Optional.ofNullable(fin));
    }

    @ParameterizedTest(name = "authentifié il y a {0} s : récente {1}")
    @CsvSource({"0, true", "599, true", "600, false", "3600, false"})
    void une_authentification_recente_a_moins_de_dix_minutes(int secondes, boolean recente) {
        assertThat(PolitiqueSessions.PAR_DEFAUT.authentificationRecente(OUVERTE,
                OUVERTE.plusSeconds(secondes))).isEqualTo(recente);
    }
}
