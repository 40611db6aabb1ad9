package fr.portailcep.rendezvous;

import java.time.Instant;
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

        // The clock hears of it after the agenda's commit (DD011): wait for that fact, not for time.
        var demande = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(
                () -> jdbc.sql("select statut, premier_echange_le from demande_premier_echange where id = :id")
                        .param("id", rdv[1]).query().singleRow(),
                ligneDemande -> !"OUVERTE".equals(ligneDemande.get("statut")));
        assertThat(demande.get("statut")).isNotEqualTo("OUVERTE");
        assertThat(((java.sql.Timestamp) demande.get("premier_echange_le")).toInstant()).isEqualTo(debut);
    }

    @Test
    void le_conseiller_prend_un_rendez_vous_pour_une_personne_qui_appelle() {
        var email = "paul.girard@exemple.fr";
        // The slot shown and the slot booked are checked against the same instant, however slow the machine.
        horloge.regler(Instant.now());
        var page = bureau();
        connecterDemo(page, "amina.keita");
        Pages.ouvrir(page, url("/espace-pro/agenda"));
        page.locator("#agenda-appel").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/espace-pro/rendez-vous-telephone$"));
        Pages.attendreVaadin(page);
        page.locator("#appel-prenom input").fill("Paul");
        page.locator("#appel-nom input").fill("Girard");
        page.locator("#appel-email input").fill(email);
        page.locator("#appel-code-postal input").fill("6700");
        page.locator(".pc-creneau-appel").first().click();
        Pages.attendreVaadin(page);
        // Phone modality without a number, a postcode too short: said beside each field, nothing lost.
        assertThat(page.locator("#appel-telephone")).hasAttribute("invalid", "");
        assertThat(page.locator("#appel-code-postal")).hasAttribute("invalid", "");
        assertThat(page.locator("#appel-prenom input")).hasValue("Paul");
        page.locator("#appel-telephone input").fill("03 88 12 34 56");
        page.locator("#appel-code-postal input").fill("67200");
        Pages.verifierPage(page, "rendezvous/22-rendez-vous-telephone");
        page.locator(".pc-creneau-appel").first().click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#appel-fait")).isVisible();

        var ligne = jdbc.sql("""
                select r.origine, r.modalite, d.canal, d.territoire from rendez_vous r
                join demande_premier_echange d on d.id = r.demande_id
                join beneficiaire b on b.id = r.beneficiaire_id where b.email = :email
                """).param("email", email).query().singleRow();
        assertThat(ligne.get("origine")).isEqualTo("TELEPHONE");
        assertThat(ligne.get("modalite")).isEqualTo("TELEPHONE");
        assertThat(ligne.get("canal")).isEqualTo("TELEPHONE");
        assertThat(ligne.get("territoire")).isEqualTo("ALSACE_MOSELLE");
        assertThat(Calendriers.ics(fr.portailcep.test.SmtpDeTest.attendre(email, 1))).contains("METHOD:REQUEST");
    }

    @Autowired
    CreneauxService creneaux;

    @Test
    void le_conseiller_ouvre_une_plage_le_samedi_et_ses_creneaux_sont_proposes() {
        var sophie = jdbc.sql("select id from compte where email = 'sophie.lambert@demo.portail-cep.fr'")
                .query(UUID.class).single();
        var page = bureau();
        connecterDemo(page, "sophie.lambert");
        Pages.ouvrir(page, url("/espace-pro/horaires"));
        page.locator("#plage-jour").click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Samedi")).click();
        page.locator("#plage-debut input").fill("11:00");
        page.locator("#plage-debut input").press("Enter");
        page.locator("#plage-fin input").fill("09:00");
        page.locator("#plage-fin input").press("Enter");
        page.locator("#ajouter-plage").click();
        Pages.attendreVaadin(page);
        // The end before the start: said beside the field, the day stays chosen.
        assertThat(page.locator("#plage-fin")).hasAttribute("invalid", "");
        Pages.verifierPage(page, "rendezvous/23-horaires-erreur");
        page.locator("#plage-debut input").fill("09:00");
        page.locator("#plage-debut input").press("Enter");
        page.locator("#plage-fin input").fill("12:00");
        page.locator("#plage-fin input").press("Enter");
        page.locator("#ajouter-plage").click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#plages")).containsText("Samedi 9h00–12h00");
        assertThat(creneaux.libresDe(sophie, 14)).anySatisfy(c -> assertThat(c.debut().atZone(PARIS).getDayOfWeek())
                .isEqualTo(java.time.DayOfWeek.SATURDAY));
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
