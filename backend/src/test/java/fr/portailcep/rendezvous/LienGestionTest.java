package fr.portailcep.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A personal link: accepted with its own secret, before it expires, until it is revoked. */
class LienGestionTest {

    private static final Instant CREE = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant EXPIRE = CREE.plus(Duration.ofDays(30));

    @ParameterizedTest(name = "{0} min après la création, révoqué : {1}, bon secret : {2} → {3}")
    @CsvSource({
            "0,     false, true,  true",
            "43199, false, true,  true",
            "43200, false, true,  false",
            "50000, false, true,  false",
            "10,    true,  true,  false",
            "10,    false, false, false",
    })
    void accepte_son_jeton_tant_qu_il_vaut(long minutes, boolean revoque, boolean bonSecret, boolean accepte) {
        var nouveau = LienGestion.creer(UUID.randomUUID(), CREE, EXPIRE);
        if (revoque) {
            nouveau.lien().revoquer(CREE.plusSeconds(1));
        }
        var jeton = bonSecret ? nouveau.jeton() : nouveau.lien().id() + ".autre-secret";
        assertThat(nouveau.lien().accepte(jeton, CREE.plus(Duration.ofMinutes(minutes)))).isEqualTo(accepte);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"-", "sans-point", "pas-un-uuid.secret"})
    void ne_lit_pas_un_texte_qui_n_est_pas_un_lien(String texte) {
        assertThat(LienGestion.idDe(texte)).isEmpty();
    }

    @Test
    void le_jeton_porte_l_identifiant_et_un_secret_qui_n_est_pas_garde() {
        var nouveau = LienGestion.creer(UUID.randomUUID(), CREE, EXPIRE);
        assertThat(LienGestion.idDe(nouveau.jeton())).contains(nouveau.lien().id());
        assertThat(nouveau.jeton()).hasSizeGreaterThan(36 + 40);
        var autre = LienGestion.creer(nouveau.lien().rendezVousId(), CREE, EXPIRE);
        assertThat(autre.jeton()).isNotEqualTo(nouveau.jeton());
    }

    @Test
    void une_revocation_garde_sa_premiere_date() {
        var lien = LienGestion.creer(UUID.randomUUID(), CREE, EXPIRE);
        lien.lien().revoquer(CREE.plusSeconds(5));
        lien.lien().revoquer(CREE.plusSeconds(50));
        assertThat(lien.lien().accepte(lien.jeton(), CREE.plusSeconds(1))).isFalse();
    }
}
