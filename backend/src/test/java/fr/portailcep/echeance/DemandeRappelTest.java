package fr.portailcep.echeance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A call-back request: to call back, then called back once; completed while it waits. */
class DemandeRappelTest {

    private static final Instant LE = Instant.parse("2026-12-01T09:00:00Z");

    @ParameterizedTest(name = "déjà rappelé : {0} → rappeler permis : {1}")
    @CsvSource({"false, true", "true, false"})
    void un_rappel_se_fait_une_fois(boolean dejaRappele, boolean permis) {
        var rappel = new DemandeRappel(UUID.randomUUID(), "+33388123456", null, LE);
        if (dejaRappele) {
            rappel.rappele(UUID.randomUUID(), LE.plusSeconds(60));
        }
        assertThat(rappel.aRappeler()).isEqualTo(permis);
        var par = UUID.randomUUID();
        if (permis) {
            rappel.rappele(par, LE.plusSeconds(120));
            assertThat(rappel.statut()).isEqualTo(DemandeRappel.Statut.RAPPELE);
            assertThat(rappel.traiteLe()).contains(LE.plusSeconds(120));
        } else {
            assertThatThrownBy(() -> rappel.rappele(par, LE.plusSeconds(120)))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void une_deuxieme_demande_complete_la_premiere() {
        var rappel = new DemandeRappel(UUID.randomUUID(), "+33388123456", null, LE);
        rappel.completer("+33612345678", "le matin");
        assertThat(rappel.telephone()).isEqualTo("+33612345678");
        assertThat(rappel.disponibilites()).contains("le matin");
        assertThat(rappel.aRappeler()).isTrue();
    }
}
