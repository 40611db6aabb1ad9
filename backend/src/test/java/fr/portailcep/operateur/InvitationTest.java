package fr.portailcep.operateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.portailcep.compte.Role;

class InvitationTest {

    private static final Set<UUID> UN_SITE = Set.of(UUID.randomUUID());

    @Test
    void une_invitation_complete_passe_et_garde_la_saisie_nettoyee() {
        var invitation = new Invitation("  claire.roux@operateur.fr ", " Claire ", "Roux", Role.CONSEILLER, UN_SITE);
        assertThat(invitation.erreurs()).isEmpty();
        assertThat(invitation.prenom()).isEqualTo("Claire");
        assertThat(invitation.adresse().valeur()).isEqualTo("claire.roux@operateur.fr");
    }

    @ParameterizedTest(name = "{0} / {1} / {2} / {3} / sites {4} → {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "-                    |Claire|Roux|CONSEILLER  |1|email=equipe.erreur.email.vide",
            "claire.roux          |Claire|Roux|CONSEILLER  |1|email=equipe.erreur.email.invalide",
            "claire@operateur     |Claire|Roux|MANAGER     |1|email=equipe.erreur.email.invalide",
            "claire@operateur.fr  |' '   |Roux|CONSEILLER  |1|prenom=equipe.erreur.prenom.vide",
            "claire@operateur.fr  |Claire|-   |CONSEILLER  |1|nom=equipe.erreur.nom.vide",
            "claire@operateur.fr  |Claire|Roux|-           |1|role=equipe.erreur.role",
            "claire@operateur.fr  |Claire|Roux|BENEFICIAIRE|1|role=equipe.erreur.role",
            "claire@operateur.fr  |Claire|Roux|CONSEILLER  |0|sites=equipe.erreur.sites",
            "claire@operateur.fr  |Claire|Roux|MANAGER     |0|sites=equipe.erreur.sites",
            "claire@operateur.fr  |Claire|Roux|MEDIATEUR   |0|-",
    })
    void chaque_champ_refuse_dit_pourquoi(String email, String prenom, String nom, Role role, int sites,
            String attendu) {
        var invitation = new Invitation(email, prenom, nom, role, sites == 0 ? Set.of() : UN_SITE);
        if (attendu == null) {
            assertThat(invitation.erreurs()).isEmpty();
        } else {
            var morceaux = attendu.split("=");
            assertThat(invitation.erreurs()).isEqualTo(Map.of(morceaux[0], morceaux[1]));
        }
    }

    @Test
    void plusieurs_erreurs_a_la_fois_et_un_nom_trop_long() {
        var invitation = new Invitation("", "C".repeat(101), "", Role.CONSEILLER, Set.of());
        assertThat(invitation.erreurs()).containsOnlyKeys("email", "prenom", "nom", "sites")
                .containsEntry("prenom", "equipe.erreur.trop-long");
    }

    @Test
    void un_nul_ou_un_retour_a_la_ligne_dans_un_nom_est_refuse() {
        var invitation = new Invitation("claire@operateur.fr", "Cla\u0000ire", "Roux\nMartin", Role.CONSEILLER,
                UN_SITE);
        assertThat(invitation.erreurs()).isEqualTo(Map.of("prenom", "saisie.erreur.caractere",
                "nom", "saisie.erreur.ligne"));
    }
}
