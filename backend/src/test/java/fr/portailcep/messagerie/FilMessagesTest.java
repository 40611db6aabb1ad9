package fr.portailcep.messagerie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A thread: since when the person waits, who has what to read, and when the other side is told by courriel (the
 * first unread message only).
 */
class FilMessagesTest {

    private static final Instant DEBUT = Instant.parse("2026-11-24T09:00:00Z");
    private static final UUID PERSONNE = UUID.randomUUID();
    private static final UUID CONSEILLERE = UUID.randomUUID();

    /**
     * @param echanges the messages in order: P (the person) or E (the team), then L when the other side opens the
     *        thread after it; one hour between each
     * @param attente since which message (its rank from 1) the person waits, 0 when they do not
     * @param avertis for each message, whether the other side is told (1) or not (0)
     */
    @ParameterizedTest(name = "{0} → attente depuis n°{1}, courriels {2}, non lus personne {3} équipe {4}")
    @CsvSource(delimiter = '|', value = {
            "P        |1|1      |0|1",
            "P P      |1|10     |0|2",
            "P E      |0|11     |1|1",
            "P P E    |0|101    |1|2",
            "P E P    |3|110    |1|2",
            "E        |0|1      |1|0",
            "E E      |0|10     |2|0",
            "P L P    |1|11     |0|1",
            "P L E P  |3|111    |1|1",
            "E L E    |0|11     |1|0",
    })
    void l_attente_les_non_lus_et_les_courriels(String echanges, int attente, String avertis, int nonLusPersonne,
            int nonLusEquipe) {
        var fil = new FilMessages(PERSONNE, "Mon CV", DEBUT);
        var quand = DEBUT;
        var rang = 0;
        Instant attendueDepuis = null;
        var courriels = new StringBuilder();
        boolean dernierDeLaPersonne = false;
        for (var pas : echanges.split(" ")) {
            quand = quand.plus(Duration.ofHours(1));
            if (pas.equals("L")) {
                // The side that did not write last opens the thread.
                fil.lirePar(!dernierDeLaPersonne, quand);
                continue;
            }
            rang++;
            dernierDeLaPersonne = pas.equals("P");
            var message = new Message(fil, dernierDeLaPersonne ? PERSONNE : CONSEILLERE, dernierDeLaPersonne,
                    "Message " + rang, quand);
            courriels.append(fil.ecrire(message) ? "1" : "0");
            if (rang == attente) {
                attendueDepuis = quand;
            }
        }
        assertThat(fil.attenteDepuis().orElse(null)).isEqualTo(attendueDepuis);
        assertThat(courriels).hasToString(avertis);
        assertThat(fil.nonLusPour(true)).isEqualTo(nonLusPersonne);
        assertThat(fil.nonLusPour(false)).isEqualTo(nonLusEquipe);
        assertThat(fil.dernierMessageLe()).isEqualTo(fil.messages().getLast().envoyeLe());
    }

    @Test
    void ouvrir_le_fil_ne_lit_que_les_messages_de_l_autre_cote() {
        var fil = new FilMessages(PERSONNE, "Mon CV", DEBUT);
        fil.ecrire(new Message(fil, PERSONNE, true, "Bonjour", DEBUT.plusSeconds(60)));
        fil.ecrire(new Message(fil, CONSEILLERE, false, "Bonjour Camille", DEBUT.plusSeconds(120)));

        assertThat(fil.lirePar(true, DEBUT.plusSeconds(180))).isEqualTo(1);
        assertThat(fil.lirePar(true, DEBUT.plusSeconds(240))).isZero();
        assertThat(fil.messages().get(0).lu()).isFalse();
        assertThat(fil.messages().get(1).luLe()).contains(DEBUT.plusSeconds(180));
        assertThat(fil.lirePar(false, DEBUT.plusSeconds(300))).isEqualTo(1);
    }
}
