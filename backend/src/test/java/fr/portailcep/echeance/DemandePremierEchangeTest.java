package fr.portailcep.echeance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The clock of a first request: started at the request in the person's territory, stopped by a first exchange held,
 * closed by a withdrawal; nothing happens to a closed one.
 */
class DemandePremierEchangeTest {

    /** Monday 2 November 2026, 10:00 in Paris. */
    private static final Instant DEMANDEE = Instant.parse("2026-11-02T09:00:00Z");

    private static DemandePremierEchange dans(String etat) {
        var demande = new DemandePremierEchange(UUID.randomUUID(), Territoire.METROPOLE, DEMANDEE,
                CanalDemande.EN_LIGNE, null, null);
        switch (etat) {
            case "OUVERTE" -> {
            }
            case "HONOREE" -> demande.premierEchangeTenu(DEMANDEE.plusSeconds(86_400));
            case "RETIREE" -> demande.retirer(DEMANDEE.plusSeconds(3_600));
            default -> throw new IllegalArgumentException(etat);
        }
        return demande;
    }

    @ParameterizedTest(name = "{0} : tenir {1}, retirer {2}")
    @CsvSource(nullValues = "-", value = {
            "OUVERTE, HONOREE, RETIREE",
            "HONOREE, -,       -",
            "RETIREE, -,       -",
    })
    void une_demande_ouverte_seule_s_arrete_ou_se_retire(String etat, StatutDemande apresTenue,
            StatutDemande apresRetrait) {
        var quand = DEMANDEE.plusSeconds(2 * 86_400);
        if (apresTenue != null) {
            var d = dans(etat);
            d.premierEchangeTenu(quand);
            assertThat(d.statut()).isEqualTo(apresTenue);
            assertThat(d.premierEchangeLe()).contains(quand);
            assertThat(d.closeLe()).contains(quand);
        } else {
            assertThatThrownBy(() -> dans(etat).premierEchangeTenu(quand)).isInstanceOf(IllegalStateException.class);
        }
        if (apresRetrait != null) {
            var d = dans(etat);
            d.retirer(quand);
            assertThat(d.statut()).isEqualTo(apresRetrait);
            assertThat(d.premierEchangeLe()).isEmpty();
        } else {
            assertThatThrownBy(() -> dans(etat).retirer(quand)).isInstanceOf(IllegalStateException.class);
        }
    }

    @ParameterizedTest(name = "{0} le {1} : en retard {2}")
    @CsvSource({
            // The due date of a request of Monday 2 November 2026 in metropolitan France: 30 working days later
            // (11 November is a public holiday).
            "OUVERTE, 2026-11-02, false",
            "OUVERTE, 2026-12-15, false",
            "OUVERTE, 2026-12-16, true",
            "HONOREE, 2026-12-16, false",
            "RETIREE, 2026-12-16, false",
    })
    void n_est_en_retard_qu_ouverte_apres_sa_date_limite(String etat, LocalDate jour, boolean enRetard) {
        var demande = dans(etat);
        assertThat(demande.dateLimite()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(demande.enRetard(jour)).isEqualTo(enRetard);
        if (!demande.estOuverte()) {
            assertThat(demande.palier(jour)).isEmpty();
        }
    }

    @Test
    void une_nouvelle_demande_enregistre_son_evenement_avec_sa_date_limite() {
        var demande = dans("OUVERTE");
        assertThat(demande.evenementsEnAttente()).singleElement()
                .isInstanceOfSatisfying(Evenements.DemandeEnregistree.class, e -> {
                    assertThat(e.demandeId()).isEqualTo(demande.id());
                    assertThat(e.dateLimite()).isEqualTo(demande.dateLimite());
                    assertThat(e.demandeeLe()).isEqualTo(DEMANDEE);
                });
    }

    @Test
    void un_aiguillage_se_rattache_une_seule_fois() {
        var demande = dans("OUVERTE");
        var premier = UUID.randomUUID();
        demande.rattacherAiguillage(premier, "AA000000000001");
        demande.rattacherAiguillage(UUID.randomUUID(), "AA000000000002");
        assertThat(demande.aiguillageId()).contains(premier);
        assertThat(demande.reference()).contains("AA000000000001");
    }
}
