package fr.portailcep.shared.limites;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.portailcep.test.HorlogeReglable;
import io.github.bucket4j.Bucket;

/**
 * The limits of each anonymous action, tried with a clock that moves: each case is a sequence of tries
 * "address network +seconds → expected", where expected is "ok" or the wait in seconds announced by the refusal.
 */
class LimiteurTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private final HorlogeReglable horloge = new HorlogeReglable(ZoneId.of("Europe/Paris"));
    private final Map<String, Bucket> seaux = new HashMap<>();

    private Limiteur limiteur(LimitesDebit limites) {
        return new Limiteur(limites, (cle, configuration) -> seaux.computeIfAbsent(cle, c -> {
            var constructeur = Bucket.builder().withCustomTimePrecision(LimitesConfiguration.mesure(horloge));
            java.util.Arrays.stream(configuration.getBandwidths()).forEach(constructeur::addLimit);
            return constructeur.build();
        }), horloge);
    }

    @ParameterizedTest(name = "{0} : {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # action       | répétitions (adresse réseau +s) avant le dernier essai | dernier essai → attendu (ok ou attente en secondes)
            CODE_CONNEXION | a@x.fr 192.0.2.1 +0 *3                                 | a@x.fr 192.0.2.9 +0 → 300
            CODE_CONNEXION | a@x.fr 192.0.2.1 +0 *3                                 | a@x.fr 192.0.2.9 +299 → 1
            CODE_CONNEXION | a@x.fr 192.0.2.1 +0 *3                                 | a@x.fr 192.0.2.9 +300 → ok
            CODE_CONNEXION | a@x.fr 192.0.2.1 +0 *3                                 | A@X.FR 192.0.2.9 +60 → 240
            CODE_CONNEXION | a@x.fr 192.0.2.1 +0 *3                                 | b@x.fr 192.0.2.1 +0 → ok
            CODE_CONNEXION | * 192.0.2.1 +0 *30                                     | z@x.fr 192.0.2.1 +0 → 120
            CODE_CONNEXION | * 192.0.2.1 +0 *30                                     | z@x.fr 192.0.2.1 +120 → ok
            CODE_CONNEXION | * 192.0.2.1 +0 *30                                     | z@x.fr 192.0.2.2 +0 → ok
            CODE_CONNEXION | * 2001:db8:1:2::1 +0 *30                               | z@x.fr 2001:db8:1:2:ffff::9 +0 → 120
            CODE_CONNEXION | * 2001:db8:1:2::1 +0 *30                               | z@x.fr 2001:db8:1:3::1 +0 → ok
            CODE_CONNEXION | * - +0 *30                                             | z@x.fr - +0 → ok
            INSCRIPTION    | a@x.fr 192.0.2.1 +0 *10                                | a@x.fr 192.0.2.2 +0 → 8640
            INSCRIPTION    | * 192.0.2.1 +0 *10                                     | z@x.fr 192.0.2.1 +0 → 360
            RESERVATION    | a@x.fr 192.0.2.1 +0 *5                                 | a@x.fr 192.0.2.2 +0 → 720
            RESERVATION    | a@x.fr 192.0.2.1 +0 *5                                 | a@x.fr 192.0.2.2 +720 → ok
            RESERVATION    | * 192.0.2.1 +0 *20                                     | z@x.fr 192.0.2.1 +0 → 180
            RAPPEL         | a@x.fr 192.0.2.1 +0 *3                                 | a@x.fr 192.0.2.2 +0 → 28800
            RAPPEL         | * 192.0.2.1 +0 *10                                     | z@x.fr 192.0.2.1 +0 → 360
            AIGUILLAGE     | - 192.0.2.1 +0 *30                                     | - 192.0.2.1 +0 → 120
            AIGUILLAGE     | - 192.0.2.1 +0 *30                                     | - 192.0.2.2 +0 → ok
            """)
    void chaque_action_a_ses_limites(ActionLimitee action, String avant, String essai) {
        var limiteur = limiteur(LimitesDebit.PAR_DEFAUT);
        var repetition = avant.strip().split(" \\*");
        var fois = Integer.parseInt(repetition[1]);
        for (var i = 0; i < fois; i++) {
            var tentative = Tentative.lire(repetition[0], i);
            horloge.regler(T0.plusSeconds(tentative.secondes()));
            assertThat(limiteur.consommer(action, tentative.adresse(), tentative.reseau()))
                    .as("essai %d sur %d avant le dernier", i + 1, fois).isEmpty();
        }
        var parties = essai.split("→");
        var dernier = Tentative.lire(parties[0], 0);
        horloge.regler(T0.plusSeconds(dernier.secondes()));
        var attendu = parties[1].strip();
        var resultat = limiteur.consommer(action, dernier.adresse(), dernier.reseau());
        if (attendu.equals("ok")) {
            assertThat(resultat).isEmpty();
        } else {
            assertThat(resultat).contains(horloge.instant().plusSeconds(Long.parseLong(attendu)));
        }
    }

    /** "a@x.fr 192.0.2.1 +0"; "*" for a new address at each repetition, "-" for none. */
    private record Tentative(String adresse, String reseau, long secondes) {

        static Tentative lire(String texte, int rang) {
            var mots = texte.strip().split("\\s+");
            var adresse = switch (mots[0]) {
                case "*" -> "personne" + rang + "@exemple.fr";
                case "-" -> null;
                default -> mots[0];
            };
            return new Tentative(adresse, mots[1].equals("-") ? null : mots[1], Long.parseLong(mots[2].substring(1)));
        }
    }

    @Test
    void un_essai_refuse_ne_prend_aucun_jeton() {
        var limiteur = limiteur(LimitesDebit.PAR_DEFAUT);
        horloge.regler(T0);
        for (var i = 0; i < 30; i++) {
            assertThat(limiteur.consommer(ActionLimitee.CODE_CONNEXION, "p" + i + "@x.fr", "192.0.2.1")).isEmpty();
        }
        // The network is spent: these three tries of a@x.fr are refused, and cost a@x.fr nothing.
        for (var i = 0; i < 3; i++) {
            assertThat(limiteur.consommer(ActionLimitee.CODE_CONNEXION, "a@x.fr", "192.0.2.1")).isPresent();
        }
        for (var i = 0; i < 3; i++) {
            assertThat(limiteur.consommer(ActionLimitee.CODE_CONNEXION, "a@x.fr", "192.0.2.2")).isEmpty();
        }
        assertThat(limiteur.consommer(ActionLimitee.CODE_CONNEXION, "a@x.fr", "192.0.2.3")).isPresent();
    }

    @Test
    void les_aiguillages_de_tous_les_reseaux_ont_un_plafond_par_jour() {
        var limiteur = limiteur(LimitesDebit.PAR_DEFAUT.avecTousReseaux(ActionLimitee.AIGUILLAGE, 2));
        horloge.regler(T0);
        assertThat(limiteur.consommer(ActionLimitee.AIGUILLAGE, null, "192.0.2.1")).isEmpty();
        assertThat(limiteur.consommer(ActionLimitee.AIGUILLAGE, null, "198.51.100.7")).isEmpty();
        assertThat(limiteur.consommer(ActionLimitee.AIGUILLAGE, null, "203.0.113.5"))
                .contains(T0.plus(Duration.ofHours(12)));
        assertThat(limiteur.consommer(ActionLimitee.AIGUILLAGE, null, null)).isPresent();
        // 30,000 a day: a whole month stays under the 999,999 UO0 numbers of an operator.
        assertThat(LimitesDebit.PAR_DEFAUT.regle(ActionLimitee.AIGUILLAGE).global().orElseThrow().nombre() * 31)
                .isLessThan(999_999);
    }

    @Test
    void une_adresse_reseau_exemptee_n_a_pas_de_limite_par_reseau_mais_garde_celle_par_adresse() {
        var limiteur = limiteur(LimitesDebit.PAR_DEFAUT.avecReseauxExemptes(Set.of("127.0.0.1", "::1")));
        horloge.regler(T0);
        for (var i = 0; i < 100; i++) {
            assertThat(limiteur.consommer(ActionLimitee.CODE_CONNEXION, "p" + i + "@x.fr", "127.0.0.1")).isEmpty();
            assertThat(limiteur.consommer(ActionLimitee.AIGUILLAGE, null, "0:0:0:0:0:0:0:1")).isEmpty();
        }
        for (var i = 0; i < 3; i++) {
            assertThat(limiteur.consommer(ActionLimitee.CODE_CONNEXION, "a@x.fr", "127.0.0.1")).isEmpty();
        }
        assertThat(limiteur.consommer(ActionLimitee.CODE_CONNEXION, "a@x.fr", "127.0.0.1")).isPresent();
    }

    @Test
    void un_reglage_change_repart_de_seaux_neufs_et_les_cles_ne_contiennent_pas_les_adresses() {
        horloge.regler(T0);
        var avant = limiteur(LimitesDebit.PAR_DEFAUT.avecParReseau(ActionLimitee.RESERVATION, 1));
        assertThat(avant.consommer(ActionLimitee.RESERVATION, "a@x.fr", "192.0.2.1")).isEmpty();
        assertThat(avant.consommer(ActionLimitee.RESERVATION, "b@x.fr", "192.0.2.1")).isPresent();
        var apres = limiteur(LimitesDebit.PAR_DEFAUT.avecParReseau(ActionLimitee.RESERVATION, 2));
        assertThat(apres.consommer(ActionLimitee.RESERVATION, "b@x.fr", "192.0.2.1")).isEmpty();
        assertThat(seaux.keySet()).allSatisfy(cle -> assertThat(cle).matches("[0-9a-f]{64}"));
    }

    @Test
    void le_reessai_est_arrondi_a_la_seconde_superieure() {
        var limiteur = limiteur(LimitesDebit.PAR_DEFAUT);
        horloge.regler(T0.plusMillis(400));
        for (var i = 0; i < 3; i++) {
            limiteur.consommer(ActionLimitee.CODE_CONNEXION, "a@x.fr", null);
        }
        assertThat(limiteur.consommer(ActionLimitee.CODE_CONNEXION, "a@x.fr", null))
                .contains(T0.plusSeconds(301));
    }
}
