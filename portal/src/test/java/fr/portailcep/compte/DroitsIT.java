package fr.portailcep.compte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.test.PortailIT;

/** The services check who calls them, whatever view or URL leads there. */
class DroitsIT extends PortailIT {

    @Autowired
    BeneficiaireService beneficiaires;

    @Autowired
    CompteService comptes;

    @Autowired
    ClesAcces clesAcces;

    @AfterEach
    void personne() {
        SecurityContextHolder.clearContext();
    }

    private void connecte(String email, Role role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email,
                null, List.of(new SimpleGrantedAuthority(role.autorite()))));
    }

    @Test
    void un_beneficiaire_ne_lit_que_sa_propre_fiche() {
        var camille = comptes.parEmail(new AdresseCourriel("camille.martin@demo.portail-cep.fr")).orElseThrow();
        var thomas = comptes.parEmail(new AdresseCourriel("thomas.petit@demo.portail-cep.fr")).orElseThrow();
        var ficheDeThomas = beneficiaires.parCompte(thomas.id()).orElseThrow();

        connecte(camille.email(), Role.BENEFICIAIRE);
        assertThat(beneficiaires.moi()).hasValueSatisfying(b -> assertThat(b.compteId()).isEqualTo(camille.id()));
        assertThatThrownBy(() -> beneficiaires.parId(ficheDeThomas.id()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> beneficiaires.rechercher("Thomas")).isInstanceOf(AuthorizationDeniedException.class);

        connecte("julien.weber@demo.portail-cep.fr", Role.CONSEILLER);
        assertThat(beneficiaires.parId(ficheDeThomas.id())).isPresent();
        assertThatThrownBy(beneficiaires::moi).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void sans_connexion_les_services_personnels_refusent() {
        assertThatThrownBy(comptes::exigerCompteConnecte).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(beneficiaires::moi).isInstanceOf(RuntimeException.class);
    }

    @Test
    void on_ne_retire_pas_la_cle_d_acces_d_un_autre() {
        var camille = comptes.parEmail(new AdresseCourriel("camille.martin@demo.portail-cep.fr")).orElseThrow();
        connecte(camille.email(), Role.BENEFICIAIRE);
        assertThatThrownBy(() -> clesAcces.supprimer(camille, "identifiant-d-une-autre-cle", OrigineRequete.INCONNUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pas la vôtre");
    }
}
