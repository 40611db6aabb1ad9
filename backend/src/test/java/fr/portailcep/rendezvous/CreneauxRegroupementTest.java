package fr.portailcep.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CreneauxRegroupementTest {

    private static final UUID SITE_A = UUID.randomUUID();
    private static final UUID SITE_B = UUID.randomUUID();
    private static final Instant NEUF_H = Instant.parse("2026-03-09T08:00:00Z");
    private static final Instant DIX_H = Instant.parse("2026-03-09T09:00:00Z");

    private static CalculCreneaux.Creneau c(UUID site, Instant debut, Modalite... modalites) {
        return new CalculCreneaux.Creneau(UUID.randomUUID(), site, debut, debut.plusSeconds(3600), Set.of(modalites));
    }

    private static final List<CalculCreneaux.Creneau> LIBRES = List.of(
            c(SITE_A, NEUF_H, Modalite.SUR_SITE),
            c(SITE_A, NEUF_H, Modalite.TELEPHONE, Modalite.VISIO),
            c(SITE_B, NEUF_H, Modalite.TELEPHONE),
            c(SITE_B, DIX_H, Modalite.SUR_SITE));

    @Test
    void un_creneau_par_site_et_heure_avec_les_modalites_de_tous_les_conseillers() {
        var proposes = CreneauxService.regrouper(LIBRES, FiltreCreneaux.TOUS);
        assertThat(proposes).hasSize(3);
        assertThat(proposes.stream().filter(p -> SITE_A.equals(p.siteId())).findFirst().orElseThrow().modalites())
                .containsExactlyInAnyOrder(Modalite.SUR_SITE, Modalite.TELEPHONE, Modalite.VISIO);
    }

    @Test
    void au_telephone_un_seul_creneau_par_heure_quel_que_soit_le_site() {
        var proposes = CreneauxService.regrouper(LIBRES, new FiltreCreneaux(Modalite.TELEPHONE, SITE_B));
        assertThat(proposes).singleElement().satisfies(p -> {
            assertThat(p.siteId()).isNull();
            assertThat(p.debut()).isEqualTo(NEUF_H);
            assertThat(p.modalites()).containsExactly(Modalite.TELEPHONE);
        });
    }

    @Test
    void sur_place_le_site_choisi_seulement() {
        var proposes = CreneauxService.regrouper(LIBRES, new FiltreCreneaux(Modalite.SUR_SITE, SITE_B));
        assertThat(proposes).singleElement().satisfies(p -> {
            assertThat(p.siteId()).isEqualTo(SITE_B);
            assertThat(p.debut()).isEqualTo(DIX_H);
        });
    }
}
