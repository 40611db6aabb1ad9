package fr.portailcep.rendezvous;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.portailcep.echeance.CalendrierJoursOuvres;
import fr.portailcep.echeance.Territoire;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;

/**
 * Staff side: a conseiller marks a first exchange held in their agenda, which stops the person's 30-working-day
 * clock; a manager sees the open requests with their due dates, the offer week by week against §3.3, and
 * indicator 8.4 (demo data).
 */
class AgendaEtPilotageIT extends PortailIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    JdbcClient jdbc;

    @Test
    void le_conseiller_note_un_premier_echange_tenu_et_le_delai_de_la_personne_s_arrete() {
        var alsace = CalendrierJoursOuvres.pour(Territoire.ALSACE_MOSELLE);
        var aujourdhui = LocalDate.now(PARIS);
        var jour = alsace.estOuvre(aujourdhui) ? aujourdhui : alsace.ajouterJoursOuvres(aujourdhui, 1);
        var debut = jour.atTime(9, 0).atZone(PARIS).toInstant();
        var rdv = jdbc.sql("""
                select r.id, r.demande_id from rendez_vous r join compte c on c.id = r.conseiller_id
                where c.email = 'julien.weber@demo.portail-cep.fr' and r.debut = :debut
                """).param("debut", java.sql.Timestamp.from(debut))
                .query((rs, i) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).single();
        horloge.regler(debut.plusSeconds(50 * 60));

        var page = bureau();
        connecterDemo(page, "julien.weber");
        Pages.ouvrir(page, url("/espace-pro/agenda?date=" + jour));
        var ligne = page.locator("#rdv-" + rdv[0]);
        assertThat(ligne).hasAttribute("data-statut", "RESERVE");
        assertThat(ligne).containsText("Premier échange – au plus tard le");
        Pages.verifierPage(page, "rendezvous/21-agenda-a-noter");
        page.locator("#tenu-" + rdv[0]).click();
        Pages.attendreVaadin(page);
        assertThat(ligne).hasAttribute("data-statut", "HONORE");
        assertThat(page.locator("#tenu-" + rdv[0])).hasCount(0);

        var demande = jdbc.sql("select statut, premier_echange_le from demande_premier_echange where id = :id")
                .param("id", rdv[1]).query().singleRow();
        assertThat(demande.get("statut")).isNotEqualTo("OUVERTE");
        assertThat(((java.sql.Timestamp) demande.get("premier_echange_le")).toInstant()).isEqualTo(debut);
    }

    @Test
    void le_manager_voit_les_demandes_et_leurs_echeances_l_offre_et_l_indicateur_8_4() {
        var page = bureau();
        connecterDemo(page, "nadia.benali");
        assertThat(page.locator("#carte-demandes")).containsText("en retard");
        Pages.verifierPage(page, "rendezvous/30-accueil-manager");

        Pages.ouvrir(page, url("/espace-pro/demandes"));
        assertThat(page.locator("#demandes tr[data-etat='RETARD']").first()).isVisible();
        assertThat(page.locator("#demandes tr[data-etat='J3']").first()).isVisible();
        assertThat(page.locator("#demandes")).containsText("Thomas Petit");
        Pages.verifierPage(page, "rendezvous/31-demandes");

        Pages.ouvrir(page, url("/espace-pro/offre"));
        assertThat(page.locator("#offre-alerte")).isVisible();
        assertThat(page.locator("tr[data-conforme='false']").first()).isVisible();
        assertThat(page.locator("tr[data-conforme='true']").first()).isVisible();
        Pages.verifierPage(page, "rendezvous/32-offre");

        Pages.ouvrir(page, url("/espace-pro/indicateur-8-4"));
        assertThat(page.locator("#indicateur")).containsText("Part dans les 30 jours ouvrés");
        assertThat(page.locator("#indicateur")).containsText("%");
        Pages.verifierPage(page, "rendezvous/33-indicateur-8-4");
    }
}
