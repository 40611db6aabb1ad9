package fr.portailcep.compte;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The account-level lock of sign-in by email: 10 wrong codes within an hour lock the address for an hour. */
class PolitiqueVerrouTest {

    private static final PolitiqueVerrou POLITIQUE = PolitiqueVerrou.PAR_DEFAUT;
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    /**
     * @param echecs wrong codes already counted, the first one {@code depuisMinutes} ago
     * @param apres what the count becomes after one more, and whether the address is locked then
     */
    @ParameterizedTest(name = "{0} codes faux depuis {1} min, un de plus : {2} compté(s), verrouillé : {3}")
    @CsvSource({
            // First wrong code: a window opens.
            "0, -1, 1, false",
            "1, 0, 2, false",
            "8, 30, 9, false",
            // The tenth within the hour locks the address (the count starts again).
            "9, 59, 0, true",
            // The window is over: the count starts again from one.
            "9, 60, 1, false",
            "9, 120, 1, false",
    })
    void les_codes_faux_sont_comptes_sur_une_heure(int echecs, int depuisMinutes, int apres, boolean verrouille) {
        var maintenant = T0.plus(Duration.ofHours(3));
        var etat = depuisMinutes < 0 ? PolitiqueVerrou.Etat.NEUF
                : new PolitiqueVerrou.Etat(echecs, maintenant.minus(Duration.ofMinutes(depuisMinutes)), null);
        var suivant = POLITIQUE.apresEchec(etat, maintenant);
        assertThat(suivant.echecs()).isEqualTo(apres);
        assertThat(POLITIQUE.verrouJusqua(suivant, maintenant).isPresent()).isEqualTo(verrouille);
        assertThat(POLITIQUE.vientDeVerrouiller(etat, suivant, maintenant)).isEqualTo(verrouille);
    }

    @Test
    void le_verrou_dure_une_heure_puis_tout_recommence() {
        var etat = PolitiqueVerrou.Etat.NEUF;
        var t = T0;
        for (var i = 0; i < 10; i++) {
            t = t.plusSeconds(20);
            etat = POLITIQUE.apresEchec(etat, t);
        }
        var verrouille = t;
        assertThat(POLITIQUE.verrouJusqua(etat, verrouille)).contains(verrouille.plus(Duration.ofHours(1)));
        assertThat(POLITIQUE.verrouJusqua(etat, verrouille.plus(Duration.ofMinutes(59)))).isPresent();
        assertThat(POLITIQUE.verrouJusqua(etat, verrouille.plus(Duration.ofHours(1)))).isEmpty();

        // Wrong codes during the lock change nothing (they are not even looked at) and do not lock it again.
        var pendant = POLITIQUE.apresEchec(etat, verrouille.plus(Duration.ofMinutes(10)));
        assertThat(pendant).isEqualTo(etat);
        assertThat(POLITIQUE.vientDeVerrouiller(etat, pendant, verrouille.plus(Duration.ofMinutes(10)))).isFalse();

        // After it, a wrong code opens a new window, with nothing carried over.
        var apres = POLITIQUE.apresEchec(etat, verrouille.plus(Duration.ofMinutes(61)));
        assertThat(apres.echecs()).isEqualTo(1);
        assertThat(POLITIQUE.verrouJusqua(apres, verrouille.plus(Duration.ofMinutes(61)))).isEmpty();
    }

    @Test
    void une_adresse_inconnue_n_est_pas_verrouillee() {
        assertThat(POLITIQUE.verrouJusqua(PolitiqueVerrou.Etat.NEUF, T0)).isEmpty();
    }
}
