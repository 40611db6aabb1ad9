package fr.portailcep.parcours;

import java.time.Instant;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.OrigineRequete;
import fr.portailcep.echeance.CanalDemande;
import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.echeance.Territoire;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.rendezvous.ChoixCreneau;
import fr.portailcep.rendezvous.ContexteDemande;
import fr.portailcep.rendezvous.CreneauxService;
import fr.portailcep.rendezvous.Identite;
import fr.portailcep.rendezvous.Modalite;
import fr.portailcep.rendezvous.ReservationEnLigne;
import fr.portailcep.rendezvous.ReservationService;
import fr.portailcep.test.PortailIT;

/**
 * The booking and the dossier meet: a first request opens the person's dossier, the first rendez-vous attaches it
 * to its site and conseiller, whose caseload then shows the first exchange due with its deadline; a new request
 * after the dossier was closed is counted.
 */
class PremierEchangeDansLeDossierIT extends PortailIT {

    @Autowired
    ReservationService reservations;

    @Autowired
    CreneauxService creneaux;

    @Autowired
    OperateurService operateurs;

    @Autowired
    ParcoursService parcours;
    @Autowired
    DossiersEquipe equipe;

    @Autowired
    SuiviConseiller suivi;

    @Autowired
    EcheancesService echeances;

    @Autowired
    BeneficiaireService beneficiaires;

    @Autowired
    CompteService comptes;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void personne() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void une_premiere_reservation_ouvre_le_dossier_et_le_premier_echange_apparait_dans_le_portefeuille() {
        // The slot shown and the slot booked are checked against the same instant, however slow the machine.
        horloge.regler(Instant.now());
        var reims = operateurs.sites().stream().filter(s -> s.departement().equals("51")).findFirst().orElseThrow();
        var sophie = comptes.parEmail(new AdresseCourriel("sophie.lambert@demo.portail-cep.fr")).orElseThrow();
        var creneau = creneaux.libresDe(sophie.id(), 30).stream()
                .filter(c -> c.siteId().equals(reims.id()) && c.modalites().contains(Modalite.SUR_SITE)
                        && c.debut().isAfter(horloge.instant().plus(CreneauxService.DELAI_PREVENANCE)))
                .findFirst().orElseThrow();
        var reponse = reservations.reserver(
                new ContexteDemande(null, null, Territoire.METROPOLE, horloge.instant(), CanalDemande.EN_LIGNE, "Test"),
                new ChoixCreneau(reims.id(), creneau.debut(), Modalite.SUR_SITE, null),
                new Identite("Odile", "Garnier", new AdresseCourriel("odile.garnier@exemple.fr"), null), null,
                OrigineRequete.INCONNUE);
        assertThat(reponse).isInstanceOf(ReservationEnLigne.Envoyee.class);

        var odile = jdbc.sql("select id from beneficiaire where email = 'odile.garnier@exemple.fr'")
                .query(UUID.class).single();
        connecte(sophie.email(), "ROLE_CONSEILLER");
        var dossier = equipe.dossierDe(odile).orElseThrow();
        assertThat(dossier.ouvert()).isTrue();
        assertThat(dossier.siteId()).contains(reims.id());
        assertThat(dossier.conseillerId()).contains(sophie.id());
        assertThat(dossier.demandes()).hasSize(1);
        assertThat(dossier.demandes().getFirst().origine()).isEqualTo("Rendez-vous demandé en ligne");

        var limite = echeances.demandeOuverte(odile).orElseThrow().dateLimite();
        var ligne = suivi.portefeuille().stream().filter(l -> l.beneficiaireId().equals(odile)).findFirst()
                .orElseThrow();
        assertThat(ligne.urgences()).anySatisfy(u -> {
            assertThat(u.type()).isEqualTo(Urgence.Type.PREMIER_ECHANGE);
            assertThat(u.echeance()).isEqualTo(limite);
            assertThat(u.libelle().cle()).isEqualTo("parcours.urgence.premier-echange.prevu");
            assertThat(u.libelle().arguments()).hasSize(2).last().isEqualTo(limite);
        });

        // Only the team of the site sees it: Julien works in Strasbourg.
        connecte("julien.weber@demo.portail-cep.fr", "ROLE_CONSEILLER");
        assertThat(suivi.portefeuille()).noneMatch(l -> l.beneficiaireId().equals(odile));
    }

    private static void connecte(String email, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email,
                null, List.of(new SimpleGrantedAuthority(role))));
    }
}
