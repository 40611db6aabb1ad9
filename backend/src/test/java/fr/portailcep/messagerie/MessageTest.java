package fr.portailcep.messagerie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.portailcep.shared.ActeRefuse;

/** Whether a message may be sent, and who has it to read. */
class MessageTest {

    /**
     * @param refus "champ=clé" of the refusal, or "-" when the message may be sent
     */
    @ParameterizedTest(name = "texte « {0} », {1} pièce(s), {2} octets → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Bonjour|0|0       |-",
            "Bonjour|5|10485760|-",
            "-      |1|1000    |-",
            "' '    |1|1000    |-",
            "-      |0|0       |texte=messagerie.refus.vide",
            "'  '   |0|0       |texte=messagerie.refus.vide",
            "Bonjour|6|6000    |pieces=messagerie.refus.nombre",
            "Bonjour|3|10485761|pieces=messagerie.refus.total",
            "-      |6|6000    |pieces=messagerie.refus.nombre",
    })
    void un_message_a_un_texte_ou_une_piece_et_pas_trop_de_pieces(String texte, int pieces, long octets,
            String refus) {
        if (refus == null) {
            assertThatCode(() -> Message.exigerEnvoyable(texte, pieces, octets)).doesNotThrowAnyException();
            return;
        }
        var attendu = refus.split("=");
        assertThatThrownBy(() -> Message.exigerEnvoyable(texte, pieces, octets))
                .isInstanceOfSatisfying(ActeRefuse.class, r -> {
                    assertThat(r.champ()).contains(attendu[0]);
                    assertThat(r.cle()).isEqualTo(attendu[1]);
                });
    }

    @ParameterizedTest(name = "écrit par la personne {0}, lu {1} : à lire par la personne {2}, par l’équipe {3}")
    @CsvSource(delimiter = '|', value = {
            "true |false|false|true",
            "true |true |false|false",
            "false|false|true |false",
            "false|true |false|false",
    })
    void seul_l_autre_cote_a_un_message_a_lire(boolean deBeneficiaire, boolean lu, boolean aLireParLaPersonne,
            boolean aLireParLEquipe) {
        var fil = new FilMessages(UUID.randomUUID(), "Mon CV", Instant.EPOCH);
        var message = new Message(fil, UUID.randomUUID(), deBeneficiaire, "Bonjour", Instant.EPOCH);
        if (lu) {
            message.lire(Instant.EPOCH.plusSeconds(60));
        }
        assertThat(message.aLirePar(true)).isEqualTo(aLireParLaPersonne);
        assertThat(message.aLirePar(false)).isEqualTo(aLireParLEquipe);
        assertThat(message.ecritPar(deBeneficiaire)).isTrue();
        assertThat(message.ecritPar(!deBeneficiaire)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void un_message_lu_garde_l_heure_de_sa_premiere_lecture() {
        var fil = new FilMessages(UUID.randomUUID(), "Mon CV", Instant.EPOCH);
        var message = new Message(fil, UUID.randomUUID(), true, "Bonjour", Instant.EPOCH);
        message.lire(Instant.EPOCH.plusSeconds(60));
        message.lire(Instant.EPOCH.plusSeconds(120));
        assertThat(message.luLe()).contains(Instant.EPOCH.plusSeconds(60));
    }
}
