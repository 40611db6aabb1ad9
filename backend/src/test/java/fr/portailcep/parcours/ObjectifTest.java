package fr.portailcep.parcours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.portailcep.shared.SaisieRefusee;

/** An objective of the plan has a title, on one line, of a bounded length. */
class ObjectifTest {

    private static final Instant MAINTENANT = Instant.parse("2026-11-23T09:00:00Z");

    @ParameterizedTest(name = "« {0} » : {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Changer de métier   | ok
            ''                  | vide
            '   '               | vide
            """)
    void un_objectif_a_un_titre(String intitule, String attendu) {
        if (attendu.equals("ok")) {
            assertThat(new Objectif(UUID.randomUUID(), intitule, 1, null, MAINTENANT).intitule())
                    .isEqualTo(intitule.strip());
        } else {
            assertThatThrownBy(() -> new Objectif(UUID.randomUUID(), intitule, 1, null, MAINTENANT))
                    .isInstanceOfSatisfying(OperationRefusee.class, e -> {
                        assertThat(e.cle()).isEqualTo("plan.refus.intitule.vide");
                        assertThat(e.champ()).contains("intitule");
                    });
        }
    }

    @ParameterizedTest(name = "{0} caractères : accepté = {1}")
    @CsvSource({"300, true", "301, false"})
    void un_titre_tient_dans_sa_colonne(int longueur, boolean accepte) {
        var intitule = "a".repeat(longueur);
        if (accepte) {
            assertThat(new Objectif(UUID.randomUUID(), intitule, 1, null, MAINTENANT).intitule()).hasSize(longueur);
        } else {
            assertThatThrownBy(() -> new Objectif(UUID.randomUUID(), intitule, 1, null, MAINTENANT))
                    .isInstanceOf(SaisieRefusee.class);
        }
    }
}
