package fr.portailcep.operateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.portailcep.compte.Role;
import fr.portailcep.operateur.RegleEquipe.Acte;
import fr.portailcep.operateur.RegleEquipe.Membre;

/** What a member of staff may do to another: a table of every role, site relation and act. */
class RegleEquipeTest {

    private static final UUID STRASBOURG = UUID.randomUUID();
    private static final UUID REIMS = UUID.randomUUID();
    private static final Map<String, Set<UUID>> SITES = Map.of(
            "S", Set.of(STRASBOURG), "R", Set.of(REIMS), "SR", Set.of(STRASBOURG, REIMS), "-", Set.of());

    /**
     * @param auteur role and sites of who acts ("MANAGER S": a manager of Strasbourg)
     * @param cible role and sites of whom it is done to ("SOI": the author themself)
     * @param permis the acts allowed, the others refused
     */
    @ParameterizedTest(name = "{0} sur {1} : {2}")
    @CsvSource(delimiter = '|', value = {
            // A conseiller: their own agenda, nothing on anyone else.
            "CONSEILLER S |SOI          |AGENDA",
            "CONSEILLER S |CONSEILLER S |",
            "CONSEILLER S |MANAGER S    |",
            // A manager: the conseillers of their sites, fully; other managers of their sites: (de)activate only.
            "MANAGER S    |CONSEILLER S |AGENDA REINITIALISER_ACCES DESACTIVER REACTIVER MODIFIER_SITES",
            "MANAGER S    |CONSEILLER SR|AGENDA REINITIALISER_ACCES DESACTIVER REACTIVER MODIFIER_SITES",
            "MANAGER SR   |CONSEILLER R |AGENDA REINITIALISER_ACCES DESACTIVER REACTIVER MODIFIER_SITES",
            "MANAGER S    |CONSEILLER - |AGENDA REINITIALISER_ACCES DESACTIVER REACTIVER MODIFIER_SITES",
            "MANAGER S    |MANAGER S    |DESACTIVER REACTIVER",
            "MANAGER S    |MANAGER SR   |DESACTIVER REACTIVER",
            // Another site's people: nothing.
            "MANAGER S    |CONSEILLER R |",
            "MANAGER S    |MANAGER R    |",
            "MANAGER R    |CONSEILLER S |",
            // Never oneself (but one's own agenda), never the médiateur, never a bénéficiaire.
            "MANAGER S    |SOI          |AGENDA",
            "MANAGER SR   |MEDIATEUR -  |",
            "MANAGER SR   |BENEFICIAIRE -|",
            // The médiateur acts on nobody's account and has no agenda; a bénéficiaire on no one.
            "MEDIATEUR -  |CONSEILLER S |",
            "MEDIATEUR -  |SOI          |",
            "BENEFICIAIRE -|CONSEILLER S|",
    })
    void chaque_acte_selon_le_role_et_les_sites(String auteur, String cible, String permis) {
        var qui = membre(auteur);
        var sur = cible.strip().equals("SOI") ? qui : membre(cible);
        var attendus = permis == null ? Set.<Acte>of()
                : Arrays.stream(permis.strip().split("\\s+")).map(Acte::valueOf).collect(Collectors.toSet());
        var obtenus = new HashSet<Acte>();
        for (var acte : Acte.values()) {
            if (RegleEquipe.permis(qui, sur, acte)) {
                obtenus.add(acte);
            }
        }
        assertThat(obtenus).isEqualTo(attendus);
    }

    @Test
    void un_manager_ne_donne_que_ses_propres_sites_et_n_invite_ni_mediateur_ni_beneficiaire() {
        var manager = membre("MANAGER S");
        assertThat(RegleEquipe.sitesPermis(manager, Set.of(STRASBOURG))).isTrue();
        assertThat(RegleEquipe.sitesPermis(manager, Set.of())).isTrue();
        assertThat(RegleEquipe.sitesPermis(manager, Set.of(STRASBOURG, REIMS))).isFalse();
        assertThat(RegleEquipe.sitesPermis(membre("CONSEILLER S"), Set.of(STRASBOURG))).isFalse();
        assertThat(RegleEquipe.roleInvitable(Role.CONSEILLER)).isTrue();
        assertThat(RegleEquipe.roleInvitable(Role.MANAGER)).isTrue();
        assertThat(RegleEquipe.roleInvitable(Role.MEDIATEUR)).isFalse();
        assertThat(RegleEquipe.roleInvitable(Role.BENEFICIAIRE)).isFalse();
    }

    private static Membre membre(String description) {
        var morceaux = description.strip().split("\\s+");
        return new Membre(UUID.randomUUID(), Role.valueOf(morceaux[0]), SITES.get(morceaux[1]));
    }

    @ParameterizedTest(name = "{0}, compte actif {1} : {2}")
    @CsvSource(delimiter = '|', value = {
            "AGENDA            |true |true",
            "AGENDA            |false|true",
            "REINITIALISER_ACCES|true |true",
            "REINITIALISER_ACCES|false|false",
            "MODIFIER_SITES    |true |true",
            "MODIFIER_SITES    |false|false",
            "DESACTIVER        |true |true",
            "DESACTIVER        |false|false",
            "REACTIVER         |true |false",
            "REACTIVER         |false|true",
    })
    void l_etat_du_compte_dit_ce_qui_reste_possible(Acte acte, boolean actif, boolean possible) {
        assertThat(RegleEquipe.possibleSelonEtat(acte, actif)).isEqualTo(possible);
    }
}
