package fr.portailcep.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.portailcep.shared.Saisies.Forme;
import fr.portailcep.shared.Saisies.Refus;
import fr.portailcep.test.ValeursPiegees;

class SaisiesTest {

    static Stream<Arguments> cas() {
        return Stream.of(
                // texte tapé, forme, longueur maximale, texte gardé (null : refusé), clé du refus
                Arguments.of("  Camille  ", Forme.UNE_LIGNE, 100, "Camille", null),
                Arguments.of("a".repeat(100), Forme.UNE_LIGNE, 100, "a".repeat(100), null),
                Arguments.of("a".repeat(101), Forme.UNE_LIGNE, 100, null, Saisies.CLE_TROP_LONG),
                Arguments.of(" " + "a".repeat(100) + "\t ", Forme.UNE_LIGNE, 100, "a".repeat(100), null),
                // "é" typed as e + combining accent: one character once composed, as PostgreSQL counts it.
                Arguments.of("e\u0301".repeat(100), Forme.UNE_LIGNE, 100, "é".repeat(100), null),
                // An emoji is two UTF-16 units but one character in the database.
                Arguments.of("😀".repeat(100), Forme.UNE_LIGNE, 100, "😀".repeat(100), null),
                Arguments.of("😀".repeat(101), Forme.UNE_LIGNE, 100, null, Saisies.CLE_TROP_LONG),
                Arguments.of("x".repeat(100 * 1024), Forme.PLUSIEURS_LIGNES, 5000, null, Saisies.CLE_TROP_LONG),
                Arguments.of("Cam\u0000ille", Forme.UNE_LIGNE, 100, null, Saisies.CLE_CARACTERE),
                Arguments.of("Cam\u0000ille", Forme.PLUSIEURS_LIGNES, 5000, null, Saisies.CLE_CARACTERE),
                Arguments.of("Cam\u0007ille", Forme.UNE_LIGNE, 100, null, Saisies.CLE_CARACTERE),
                Arguments.of("Cam\u001Bille", Forme.PLUSIEURS_LIGNES, 5000, null, Saisies.CLE_CARACTERE),
                Arguments.of("Cam\u007Fille", Forme.UNE_LIGNE, 100, null, Saisies.CLE_CARACTERE),
                Arguments.of("Cam\u0085ille", Forme.PLUSIEURS_LIGNES, 5000, null, Saisies.CLE_CARACTERE),
                Arguments.of("Cam\u009Fille", Forme.UNE_LIGNE, 100, null, Saisies.CLE_CARACTERE),
                Arguments.of("Cam\tille", Forme.UNE_LIGNE, 100, null, Saisies.CLE_CARACTERE),
                Arguments.of("Cam\tille", Forme.PLUSIEURS_LIGNES, 100, "Cam\tille", null),
                Arguments.of("ligne 1\nligne 2", Forme.UNE_LIGNE, 100, null, Saisies.CLE_LIGNE),
                Arguments.of("ligne 1\r\nligne 2\rligne 3\u2028ligne 4", Forme.PLUSIEURS_LIGNES, 100,
                        "ligne 1\nligne 2\nligne 3\nligne 4", null),
                Arguments.of("Cam\uD83Dille", Forme.UNE_LIGNE, 100, null, Saisies.CLE_CARACTERE),
                Arguments.of("Cam\uDE00ille", Forme.PLUSIEURS_LIGNES, 100, null, Saisies.CLE_CARACTERE),
                Arguments.of("Camille\uD83D", Forme.UNE_LIGNE, 100, null, Saisies.CLE_CARACTERE),
                Arguments.of("Cam\uFFFEille", Forme.UNE_LIGNE, 100, null, Saisies.CLE_CARACTERE),
                Arguments.of("Cam\uFDD0ille", Forme.UNE_LIGNE, 100, null, Saisies.CLE_CARACTERE),
                Arguments.of("facture\u202Efdp.exe", Forme.UNE_LIGNE, 100, null, Saisies.CLE_CARACTERE),
                Arguments.of("a\u2067b\u2069", Forme.PLUSIEURS_LIGNES, 100, null, Saisies.CLE_CARACTERE),
                Arguments.of(ValeursPiegees.HTML, Forme.UNE_LIGNE, 100, ValeursPiegees.HTML, null),
                Arguments.of(ValeursPiegees.DROITE_A_GAUCHE, Forme.UNE_LIGNE, 100, ValeursPiegees.DROITE_A_GAUCHE, null),
                // Marks of direction (LRM, RLM, ALM) are harmless, and needed in some mixed texts.
                Arguments.of("CEP \u200Fمرحبا\u200E", Forme.UNE_LIGNE, 100, "CEP \u200Fمرحبا\u200E", null),
                Arguments.of(ValeursPiegees.EMOJI_ET_ACCENTS, Forme.UNE_LIGNE, 100, ValeursPiegees.EMOJI_ET_ACCENTS, null),
                // Joiners build emoji and Persian words: they stay.
                Arguments.of("👨‍👩‍👧 می\u200Cخواهم", Forme.UNE_LIGNE, 100, "👨‍👩‍👧 می\u200Cخواهم", null),
                Arguments.of("", Forme.UNE_LIGNE, 100, "", null),
                Arguments.of("   ", Forme.PLUSIEURS_LIGNES, 100, "", null));
    }

    @ParameterizedTest(name = "[{index}] {1}, {2} au plus → {4}")
    @MethodSource("cas")
    void chaque_saisie_est_gardee_propre_ou_refusee_avec_sa_raison(String tape, Forme forme, int longueur,
            String garde, String cle) {
        var propre = Saisies.nettoyer(tape, forme);
        var refus = Saisies.probleme(propre, forme, longueur);
        if (cle == null) {
            assertThat(refus).isEmpty();
            assertThat(propre).isEqualTo(garde);
        } else {
            assertThat(refus).hasValueSatisfying(r -> assertThat(r.cle()).isEqualTo(cle));
        }
    }

    @Test
    void chaque_valeur_piegee_est_refusee_et_chaque_valeur_inhabituelle_passe() {
        for (var valeur : ValeursPiegees.refusees()) {
            for (var forme : Forme.values()) {
                var propre = Saisies.nettoyer(valeur.texte(), forme);
                assertThat(Saisies.probleme(propre, forme, 5000)).as(valeur.nom() + " " + forme).isPresent();
            }
        }
        for (var valeur : ValeursPiegees.acceptees()) {
            assertThat(Saisies.ligne("champ", valeur.texte(), 100)).as(valeur.nom()).isEqualTo(valeur.texte());
            assertThat(Saisies.texte("champ", valeur.texte(), 100)).as(valeur.nom()).isEqualTo(valeur.texte());
        }
    }

    @Test
    void le_refus_trop_long_dit_la_limite_et_la_longueur_saisie() {
        assertThatThrownBy(() -> Saisies.ligne("nom", "é".repeat(143), 100))
                .isInstanceOfSatisfying(SaisieRefusee.class, e -> assertThat(e.erreurs())
                        .isEqualTo(Map.of("nom", Refus.de(Saisies.CLE_TROP_LONG, 100, 143))));
    }

    @Test
    void une_verification_rassemble_les_refus_de_chaque_champ_et_rend_ce_qui_a_ete_tape() {
        var verification = Saisies.verification();
        assertThat(verification.ligne("prenom", " Camille ", 100)).isEqualTo("Camille");
        assertThat(verification.ligne("nom", "Mar\u0000tin", 100)).isEqualTo("Mar\u0000tin");
        assertThat(verification.texte("besoin", "x".repeat(1001), 1000)).hasSize(1001);
        verification.refuser("nom", "autre.cle").refuser("email", "coordonnees.erreur.email");
        assertThatThrownBy(verification::exiger).isInstanceOfSatisfying(SaisieRefusee.class,
                e -> assertThat(e.erreurs()).containsOnlyKeys("nom", "besoin", "email")
                        .containsEntry("nom", Refus.de(Saisies.CLE_CARACTERE)));
    }

    @Test
    void rien_a_redire_ne_leve_rien() {
        var verification = Saisies.verification();
        verification.ligne("prenom", "Camille", 100);
        verification.exiger();
        assertThat(Saisies.ligne("prenom", null, 100)).isNull();
        assertThat(Saisies.ouNull(Saisies.texte("note", "  ", 100))).isNull();
    }

    @Test
    void un_texte_du_systeme_est_assaini_sans_etre_refuse() {
        assertThat(Saisies.assainir("Mozilla\u0000/5.0\r\n(X11)\u202E", 300)).isEqualTo("Mozilla/5.0  (X11)");
        assertThat(Saisies.assainir("😀".repeat(10), 3)).isEqualTo("😀😀😀");
        assertThat(Saisies.assainir("a\uD83Db", 10)).isEqualTo("ab");
        assertThat(Saisies.assainir("x".repeat(100 * 1024), 300)).hasSize(300);
        assertThat(Saisies.assainir(null, 10)).isNull();
        assertThat(Saisies.estPropre("camille@exemple.fr", 254)).isTrue();
        assertThat(Saisies.estPropre("camille\u0000@exemple.fr", 254)).isFalse();
        assertThat(Saisies.estPropre(" camille", 254)).isFalse();
        assertThat(Saisies.estPropre("x".repeat(255), 254)).isFalse();
    }
}
