package fr.portailcep.operateur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.portailcep.operateur.Site.Acte;
import fr.portailcep.shared.ActeRefuse;

/** What can happen next to a site: the acts the sites page offers, and each transition. */
class SiteTest {

    private static final Operateur OPERATEUR = new Operateur("GE", "CEP Grand Est", 1, "Grand Est",
            "03 88 00 00 00", "https://exemple.fr");

    private static Site site() {
        return new Site(OPERATEUR, new FicheSite("Strasbourg", "12 rue du Vieux-Marché-aux-Vins", "67000",
                "Strasbourg", "03 88 12 34 56", null, null));
    }

    @ParameterizedTest(name = "site actif {0} : {1}")
    @CsvSource(delimiter = '|', value = {
            "true |MODIFIER FERMER DESACTIVER",
            "false|MODIFIER REACTIVER",
    })
    void un_site_dit_ce_qui_peut_lui_arriver(boolean actif, String actes) {
        var site = site();
        if (!actif) {
            site.desactiver();
        }
        var attendus = Arrays.stream(actes.split(" ")).map(Acte::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Acte.class)));
        assertThat(site.actesPossibles()).isEqualTo(attendus);
        for (var acte : Acte.values()) {
            assertThat(site.permet(acte)).as(acte.name()).isEqualTo(attendus.contains(acte));
        }
    }

    @Test
    void un_site_se_desactive_puis_se_reactive_une_fois() {
        var site = site();
        assertThatThrownBy(site::activer).isInstanceOfSatisfying(ActeRefuse.class, r -> {
            assertThat(r.cle()).isEqualTo("sites.refus.deja-actif");
            assertThat(r.arguments()).containsExactly("Strasbourg");
        });
        site.desactiver();
        assertThat(site.actif()).isFalse();
        assertThatThrownBy(site::desactiver).isInstanceOfSatisfying(ActeRefuse.class,
                r -> assertThat(r.cle()).isEqualTo("sites.refus.deja-inactif"));
        site.activer();
        assertThat(site.actif()).isTrue();
    }

    @Test
    void une_fiche_valide_remplace_l_adresse_et_le_departement_suit_le_code_postal() {
        var site = site();
        site.modifier(new FicheSite("Reims", "1 place Drouet-d’Erlon", "51100", "Reims", "", "Tram A", ""));
        assertThat(site.adresseComplete()).isEqualTo("1 place Drouet-d’Erlon, 51100 Reims");
        assertThat(site.departement()).isEqualTo("51");
        assertThat(site.telephone()).isNull();
        assertThat(site.acces()).isEqualTo("Tram A");
        assertThat(site.accessibilite()).isNull();
    }

    @Test
    void une_fiche_invalide_ne_change_rien() {
        var site = site();
        assertThatThrownBy(() -> site.modifier(new FicheSite("", "", "6700", "", "", null, null)))
                .isInstanceOfSatisfying(SitesService.SiteRefuse.class, r -> assertThat(r.erreurs().keySet())
                        .containsExactly("nom", "adresse", "codePostal", "commune"));
        assertThat(site.nom()).isEqualTo("Strasbourg");
    }
}
