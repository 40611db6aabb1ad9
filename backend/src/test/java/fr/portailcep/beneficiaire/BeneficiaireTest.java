package fr.portailcep.beneficiaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.portailcep.shared.SaisieRefusee;

/** Completing the identity of a bénéficiaire: what was given replaces, what was left blank keeps. */
class BeneficiaireTest {

    private static Beneficiaire camille() {
        return new Beneficiaire(UUID.randomUUID(), "camille.martin@exemple.fr", "Camille", null,
                Instant.parse("2026-11-24T09:00:00Z"));
    }

    @ParameterizedTest(name = "« {0} » « {1} » « {2} » → {3} / {4} / {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "-       |-      |-             |Camille|-      |-",
            "' '     |''     |'  '          |Camille|-      |-",
            "Camille |Martin |-             |Camille|Martin |-",
            "' Kim ' |-      |-             |Kim    |-      |-",
            "-       |-      |06 12 34 56 78|Camille|-      |06 12 34 56 78",
            "-       |-      |0612345678    |Camille|-      |06 12 34 56 78",
    })
    void ce_qui_est_donne_remplace_ce_qui_est_vide_garde(String prenom, String nom, String telephone,
            String prenomAttendu, String nomAttendu, String telephoneAttendu) {
        var personne = camille();
        personne.completerIdentite(new Beneficiaire.Identite(prenom, nom, telephone));
        assertThat(personne.prenom()).isEqualTo(prenomAttendu);
        assertThat(personne.nom()).isEqualTo(nomAttendu);
        assertThat(personne.telephone()).isEqualTo(telephoneAttendu);
    }

    @ParameterizedTest(name = "« {0} » « {1} » « {2} » → refusé : {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "-           |-|12            |telephone",
            "-           |-|pas un numéro |telephone",
            "'Ca\u0007mille'|-|-          |prenom",
            "-|'Mar\u202Etin'|06 12 34 56 78|nom",
    })
    void une_saisie_qui_ne_peut_etre_gardee_est_refusee_champ_par_champ(String prenom, String nom, String telephone,
            String champ) {
        assertThatThrownBy(() -> new Beneficiaire.Identite(prenom, nom, telephone))
                .isInstanceOfSatisfying(SaisieRefusee.class, r -> assertThat(r.erreurs()).containsOnlyKeys(champ));
    }

    @Test
    void le_nom_affiche_est_le_nom_ou_a_defaut_l_adresse() {
        assertThat(camille().nomAffiche()).isEqualTo("Camille");
        var anonyme = new Beneficiaire(null, "x@exemple.fr", null, null, Instant.EPOCH);
        assertThat(anonyme.nomAffiche()).isEqualTo("x@exemple.fr");
        anonyme.completerIdentite(new Beneficiaire.Identite(null, "Roux", null));
        assertThat(anonyme.nomAffiche()).isEqualTo("Roux");
    }
}
