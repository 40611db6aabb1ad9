package fr.portailcep.aiguillage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An aiguillage keeps what the person was told; they go where they were advised until they choose to continue
 * here, which they may whatever the advice.
 */
class AiguillageTest {

    private static final Instant LE = Instant.parse("2026-12-01T22:30:00Z");

    private static Aiguillage conseille(Orientation principale) {
        var reponses = new Reponses(Situation.INDEPENDANT, null, null, DejaSuivi.NON, false, TrancheAge.DE_26_A_49,
                "67000", "75001", Motif.FAIRE_LE_POINT, null);
        return new Aiguillage("AA000000000001", LE, reponses,
                new RegleOrientation.Conseil(principale, List.of(), false), ModeContact.EN_LIGNE, UUID.randomUUID());
    }

    @ParameterizedTest
    @EnumSource(Orientation.class)
    void retient_d_abord_ce_qui_a_ete_conseille_puis_poursuit_ici_si_la_personne_le_choisit(Orientation principale) {
        var aiguillage = conseille(principale);
        var conseil = new RegleOrientation.Conseil(principale, List.of(), false);
        assertThat(aiguillage.orientationProposee()).isEqualTo(principale);
        assertThat(aiguillage.orientationRetenue()).isEqualTo(principale);
        assertThat(aiguillage.poursuite()).isEqualTo(conseil.estInterne());

        aiguillage.poursuivreIci();
        assertThat(aiguillage.poursuite()).isTrue();
        assertThat(aiguillage.orientationRetenue()).isEqualTo(Orientation.RENDEZ_VOUS_CEP);
        assertThat(aiguillage.orientationProposee()).isEqualTo(principale);

        aiguillage.poursuivreIci();
        assertThat(aiguillage.orientationRetenue()).isEqualTo(Orientation.RENDEZ_VOUS_CEP);
    }

    @ParameterizedTest
    @EnumSource(Orientation.class)
    void date_l_interaction_dans_le_territoire_de_la_personne(Orientation principale) {
        var aiguillage = conseille(principale);
        // 22:30 UTC on 1 December is 23:30 on 1 December in Strasbourg.
        assertThat(aiguillage.dateInteraction()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(aiguillage.codePostalTravail()).contains("75001");
    }
}
