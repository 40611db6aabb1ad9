package fr.portailcep.shared.courriel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ChiffrementCourrielsTest {

    private static final String CLE = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String AUTRE_CLE = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef"
            .getBytes(StandardCharsets.US_ASCII));

    private final ChiffrementCourriels chiffrement = new ChiffrementCourriels(CLE);

    @Test
    void le_texte_chiffre_ne_contient_pas_le_clair_et_se_relit_apres_un_redemarrage() {
        var id = UUID.randomUUID();
        var chiffre = chiffrement.chiffrer("Votre code : 042917", id, "texte");
        assertThat(new String(chiffre, StandardCharsets.ISO_8859_1)).doesNotContain("042917");
        // Another instance with the same key from the configuration: a courriel that waited across a restart.
        assertThat(new ChiffrementCourriels(CLE).dechiffrerTexte(chiffre, id, "texte")).isEqualTo("Votre code : 042917");
    }

    @Test
    void deux_chiffrements_du_meme_texte_different() {
        var id = UUID.randomUUID();
        assertThat(chiffrement.chiffrer("042917", id, "texte")).isNotEqualTo(chiffrement.chiffrer("042917", id, "texte"));
    }

    @Test
    void une_valeur_ne_se_relit_ni_pour_un_autre_courriel_ni_pour_une_autre_partie_ni_avec_une_autre_cle() {
        var id = UUID.randomUUID();
        var chiffre = chiffrement.chiffrer("secret", id, "texte");
        assertThatThrownBy(() -> chiffrement.dechiffrer(chiffre, UUID.randomUUID(), "texte"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> chiffrement.dechiffrer(chiffre, id, "html")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ChiffrementCourriels(AUTRE_CLE).dechiffrer(chiffre, id, "texte"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PORTAIL_CLE_COURRIELS");
        chiffre[chiffre.length - 1] ^= 1;
        assertThatThrownBy(() -> chiffrement.dechiffrer(chiffre, id, "texte")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sans_cle_valide_le_portail_ne_demarre_pas_et_dit_quoi_faire() {
        assertThatThrownBy(() -> new ChiffrementCourriels("")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PORTAIL_CLE_COURRIELS").hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> new ChiffrementCourriels("pas du base64 !")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("base64");
        assertThatThrownBy(() -> new ChiffrementCourriels(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("16 octets au lieu de 32");
    }
}
