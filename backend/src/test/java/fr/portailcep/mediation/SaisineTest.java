package fr.portailcep.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of a referral: what may happen next, and when the dossier is open to the médiateur. */
class SaisineTest {

    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
    private static final Duration TRENTE_JOURS = Duration.ofDays(30);
    private final UUID marc = UUID.randomUUID();
    private final UUID autreMediateur = UUID.randomUUID();

    private Saisine saisine() {
        return new Saisine(UUID.randomUUID(), "MED-2026-00001", UUID.randomUUID(), null, OrigineSaisine.COURRIER,
                LocalDate.of(2026, 11, 20), T0, marc, null, null, "Demande");
    }

    @ParameterizedTest(name = "accès demandé à T0, lu à T0 + {0} min : ouvert = {1}")
    @CsvSource({"-1, false", "0, true", "43199, true", "43200, false", "50000, false"})
    void l_acces_est_ouvert_de_la_demande_a_l_expiration(long minutes, boolean ouvert) {
        var s = saisine();
        s.statuer(marc, true, "Recevable", T0);
        s.demanderAcces(marc, T0, TRENTE_JOURS);

        assertThat(s.accesOuvert(marc, T0.plus(Duration.ofMinutes(minutes)))).isEqualTo(ouvert);
    }

    @Test
    void l_acces_n_est_ouvert_qu_au_mediateur_de_la_saisine_recevable() {
        var s = saisine();
        assertThat(s.accesOuvert(marc, T0)).as("à examiner").isFalse();
        s.statuer(marc, true, "Recevable", T0);
        assertThat(s.accesOuvert(marc, T0)).as("recevable, accès non demandé").isFalse();
        s.demanderAcces(marc, T0, TRENTE_JOURS);
        assertThat(s.accesOuvert(marc, T0)).isTrue();
        assertThat(s.accesOuvert(autreMediateur, T0)).as("un autre médiateur").isFalse();
        s.enregistrerIssue(marc, IssueSaisine.SANS_ACCORD, null, T0);
        s.clore(marc, T0.plusSeconds(60));
        assertThat(s.accesOuvert(marc, T0.plusSeconds(61))).as("close").isFalse();
    }

    @Test
    void les_actes_suivent_l_etat() {
        var s = saisine();
        assertThat(s.actesPossibles(Regard.MEDIATEUR, marc, T0))
                .containsExactlyInAnyOrder(ActeSaisine.STATUER, ActeSaisine.ECRIRE_PERSONNE);
        assertThat(s.actesPossibles(Regard.CORRESPONDANT, UUID.randomUUID(), T0)).isEmpty();
        assertThat(s.actesPossibles(Regard.PERSONNE, UUID.randomUUID(), T0)).containsExactly(ActeSaisine.ECRIRE_MEDIATEUR);

        s.statuer(marc, true, "Recevable", T0);
        assertThat(s.actesPossibles(Regard.MEDIATEUR, marc, T0)).isEqualTo(EnumSet.of(ActeSaisine.DEMANDER_ACCES,
                ActeSaisine.ECRIRE_PERSONNE, ActeSaisine.ECRIRE_CORRESPONDANT, ActeSaisine.ENREGISTRER_ISSUE));
        assertThat(s.actesPossibles(Regard.MEDIATEUR, autreMediateur, T0)).as("pas le sien").isEmpty();
        assertThat(s.actesPossibles(Regard.CORRESPONDANT, UUID.randomUUID(), T0))
                .containsExactly(ActeSaisine.ECRIRE_MEDIATEUR);

        s.demanderAcces(marc, T0, TRENTE_JOURS);
        assertThat(s.actesPossibles(Regard.MEDIATEUR, marc, T0)).contains(ActeSaisine.LIRE_DOSSIER)
                .doesNotContain(ActeSaisine.DEMANDER_ACCES);
        assertThatThrownBy(() -> s.clore(marc, T0)).isInstanceOf(SaisineRefusee.class)
                .hasMessage("mediation.refus.acte.CLORE");

        s.enregistrerIssue(marc, IssueSaisine.ACCORD_AMIABLE, "Accord", T0);
        assertThat(s.actesPossibles(Regard.MEDIATEUR, marc, T0)).contains(ActeSaisine.CLORE)
                .doesNotContain(ActeSaisine.ENREGISTRER_ISSUE);
        s.clore(marc, T0);
        assertThat(s.etat).isEqualTo(EtatSaisine.CLOSE);
        for (var regard : Regard.values()) {
            assertThat(s.actesPossibles(regard, marc, T0)).as(regard.name()).isEmpty();
        }
    }

    @Test
    void une_saisine_non_recevable_est_close_avec_sa_raison() {
        var s = saisine();
        assertThatThrownBy(() -> s.statuer(marc, false, "", T0)).isInstanceOf(SaisineRefusee.class);
        s.statuer(marc, false, "Aucune réclamation préalable auprès de l’opérateur.", T0);

        assertThat(s.etat).isEqualTo(EtatSaisine.IRRECEVABLE);
        assertThat(s.closeLe).isEqualTo(T0);
        assertThatThrownBy(() -> s.demanderAcces(marc, T0, TRENTE_JOURS)).isInstanceOf(SaisineRefusee.class);
    }
}
