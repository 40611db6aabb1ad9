package fr.portailcep.compte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What can happen next to an account: which passkey may go, deactivation and reactivation, who may manage it. */
class CompteTest {

    private static final Instant MAINTENANT = Instant.parse("2026-11-24T09:00:00Z");

    private static Compte compte(Role role) {
        return new Compte(new AdresseCourriel("camille.martin@exemple.fr"), role, "Camille", "Martin", MAINTENANT);
    }

    @ParameterizedTest(name = "{0} avec {1} clé(s) : retirer une clé {2}")
    @CsvSource(delimiter = '|', value = {
            "BENEFICIAIRE|0|false",
            "BENEFICIAIRE|1|true",
            "BENEFICIAIRE|2|true",
            "CONSEILLER  |0|false",
            "CONSEILLER  |1|false",
            "CONSEILLER  |2|true",
            "MANAGER     |1|false",
            "MANAGER     |3|true",
            "MEDIATEUR   |1|false",
            "MEDIATEUR   |2|true",
    })
    void un_professionnel_garde_toujours_une_cle(Role role, int cles, boolean permis) {
        assertThat(compte(role).peutRetirerUneCle(cles)).isEqualTo(permis);
    }

    @Test
    void un_compte_actif_se_desactive_puis_se_reactive_une_fois() {
        var compte = compte(Role.CONSEILLER);
        assertThat(compte.peutEtreDesactive()).isTrue();
        assertThat(compte.peutEtreReactive()).isFalse();
        assertThatThrownBy(compte::reactiver).isInstanceOfSatisfying(GestionAcces.ActeRefuse.class,
                r -> assertThat(r.cle()).isEqualTo("equipe.refus.deja-actif"));

        compte.desactiver();
        assertThat(compte.actif()).isFalse();
        assertThat(compte.peutEtreDesactive()).isFalse();
        assertThat(compte.peutEtreReactive()).isTrue();
        assertThatThrownBy(compte::desactiver).isInstanceOfSatisfying(GestionAcces.ActeRefuse.class,
                r -> assertThat(r.cle()).isEqualTo("equipe.refus.deja-desactive"));

        compte.reactiver();
        assertThat(compte.actif()).isTrue();
    }

    @ParameterizedTest(name = "actif {0}, déjà connecté {1}, {2} clé(s) : en attente {3}")
    @CsvSource(delimiter = '|', value = {
            "true |false|0|true",
            "true |true |0|false",
            "true |false|1|false",
            "true |true |1|false",
            "false|false|0|false",
    })
    void une_invitation_attend_tant_que_la_personne_ne_s_est_jamais_connectee(boolean actif, boolean connecte,
            int cles, boolean enAttente) {
        var compte = compte(Role.CONSEILLER);
        if (connecte) {
            compte.connecte(MAINTENANT);
        }
        if (!actif) {
            compte.desactiver();
        }
        assertThat(compte.attendSaPremiereConnexion(cles)).isEqualTo(enAttente);
    }

    /**
     * @param auteur "SOI" when the manager acts on their own account, "AUTRE" otherwise
     */
    @ParameterizedTest(name = "compte {0}, par {1} : {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "CONSEILLER  |AUTRE|-",
            "MANAGER     |AUTRE|-",
            "CONSEILLER  |SOI  |equipe.refus.soi",
            "MANAGER     |SOI  |equipe.refus.soi",
            "MEDIATEUR   |AUTRE|equipe.refus.mediateur",
            "MEDIATEUR   |SOI  |equipe.refus.mediateur",
            "BENEFICIAIRE|AUTRE|equipe.refus.beneficiaire",
    })
    void seul_le_compte_d_un_autre_professionnel_de_l_operateur_se_gere(Role role, String auteur, String refus) {
        var compte = compte(role);
        var qui = "SOI".equals(auteur) ? compte.id() : UUID.randomUUID();
        assertThat(compte.refusDeGestionPar(qui).orElse(null)).isEqualTo(refus);
    }

    @ParameterizedTest(name = "« {0} » « {1} » → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Camille|Martin|Camille Martin",
            "Camille|-     |Camille",
            "-      |Martin|Martin",
            "-      |-     |camille.martin@exemple.fr",
    })
    void le_nom_affiche_est_le_nom_ou_a_defaut_l_adresse(String prenom, String nom, String attendu) {
        var compte = compte(Role.BENEFICIAIRE);
        compte.nommer(prenom, nom);
        assertThat(compte.nomAffiche()).isEqualTo(attendu);
    }
}
