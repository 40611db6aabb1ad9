package fr.portailcep.parcours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An interaction of the log: on a day up to today, with its contact mode; its note cleaned. */
class InteractionTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 23);
    private static final Instant MAINTENANT = Instant.parse("2026-11-23T09:00:00Z");

    @ParameterizedTest(name = "le {0}, mode {1} : {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-23 | PRESENTIEL | ok
            2026-01-05 | TELEPHONE  | ok
            2026-11-24 | PRESENTIEL | le
                       | PRESENTIEL | le
            2026-11-23 |            | modeContact
            """)
    void un_echange_se_note_au_plus_tard_aujourd_hui_avec_son_mode(LocalDate le, String mode, String attendu) {
        if (attendu.equals("ok")) {
            var interaction = new Interaction(UUID.randomUUID(), le, mode, UniteOeuvre.UO1, Set.of("INFORMATION"),
                    "  Premier entretien  ", UUID.randomUUID(), AUJOURDHUI, MAINTENANT);
            assertThat(interaction.le()).isEqualTo(le);
            assertThat(interaction.note()).contains("Premier entretien");
            assertThat(Interaction.datesPossibles(AUJOURDHUI).contient(le)).isTrue();
        } else {
            assertThatThrownBy(() -> new Interaction(UUID.randomUUID(), le, mode, null, Set.of(), null,
                    UUID.randomUUID(), AUJOURDHUI, MAINTENANT))
                    .isInstanceOfSatisfying(OperationRefusee.class, e -> assertThat(e.champ()).contains(attendu));
        }
    }
}
