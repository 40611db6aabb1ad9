package fr.portailcep.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ManifesteTest {

    private static final UUID DOCUMENT = UUID.fromString("11111111-2222-3333-4444-555555555555");
    private static final UUID COMPTE = UUID.fromString("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");

    private static Manifeste manifeste(String nom) {
        var emis = Instant.parse("2026-11-24T10:00:00Z");
        return new Manifeste("LIVRABLE", "ETAT_DES_LIEUX", DOCUMENT, 2, "ab".repeat(32), COMPTE, nom,
                RoleSignataire.BENEFICIAIRE, "J’ai lu : lu et approuvé.", Manifeste.Decision.APPROUVE,
                "bm9uY2U", emis, emis.plusSeconds(300), "portail.example", "https://portail.example", null);
    }

    @Test
    void la_forme_canonique_trie_les_cles_sans_espace_ni_valeur_nulle() {
        assertThat(manifeste("Zoé \"Z\" Martin").texte()).isEqualTo("{"
                + "\"consentement\":\"J’ai lu : lu et approuvé.\","
                + "\"decision\":\"APPROUVE\","
                + "\"documentId\":\"11111111-2222-3333-4444-555555555555\","
                + "\"emisLe\":\"2026-11-24T10:00:00Z\","
                + "\"empreinteDocument\":\"" + "ab".repeat(32) + "\","
                + "\"expireLe\":\"2026-11-24T10:05:00Z\","
                + "\"nonce\":\"bm9uY2U\","
                + "\"origin\":\"https://portail.example\","
                + "\"role\":\"BENEFICIAIRE\","
                + "\"rpId\":\"portail.example\","
                + "\"signataire\":{\"compteId\":\"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\",\"nom\":\"Zoé \\\"Z\\\" Martin\"},"
                + "\"sorte\":\"LIVRABLE\","
                + "\"type\":\"ETAT_DES_LIEUX\","
                + "\"version\":2}");
    }

    @Test
    void le_challenge_est_le_sha256_des_octets_utf8_et_ne_change_pas() {
        var m = manifeste("Zoé Martin");
        assertThat(m.challenge()).isEqualTo(JsonCanonique.sha256(m.texte().getBytes(StandardCharsets.UTF_8)));
        assertThat(m.challenge()).isEqualTo(manifeste("Zoé Martin").challenge());
        assertThat(m.challenge()).isNotEqualTo(manifeste("Zoe Martin").challenge());
        // A pinned value: a change of the canonical form breaks every stored evidence, so it must be seen here.
        assertThat(HexFormat.of().formatHex(m.challenge()))
                .isEqualTo(JsonCanonique.sha256Hex(m.texte()));
        assertThat(JsonCanonique.sha256Hex("")).isEqualTo(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void les_caracteres_de_controle_sont_echappes_et_le_reste_tel_quel() {
        var texte = JsonCanonique.objet().avec("b", "a\nb\u0001/é€").avec("a", 7).texte();
        assertThat(texte).isEqualTo("{\"a\":7,\"b\":\"a\\nb\\u0001/é€\"}");
    }

    @Test
    void une_cle_en_double_est_refusee() {
        assertThatThrownBy(() -> JsonCanonique.objet().avec("a", "x").avec("a", "y"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
