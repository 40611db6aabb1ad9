package fr.portailcep.rendezvous;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.portailcep.echeance.CanalDemande;
import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.echeance.Territoire;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * The conseiller cancels a rendez-vous from the agenda: a reason the server refuses (a character that turns the line
 * around) is said in French beside the field of the dialog, which opens again with what was typed, and the
 * rendez-vous stays booked; a valid reason cancels it and reaches the person. Screenshot under
 * target/captures/rendezvous/.
 */
class AnnulationAgendaIT extends PortailIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String EMAIL = "annulation.agenda@demo.portail-cep.fr";

    @Autowired
    ReprisesRendezVous reprises;

    @Autowired
    EcheancesService echeances;

    @Autowired
    JdbcClient jdbc;

    @Test
    void un_motif_refuse_est_dit_a_cote_du_champ_et_garde_puis_un_motif_valable_annule_le_rendez_vous() {
        var personne = personnes.nouveauBeneficiaire("annulation.agenda", "Claire", "Motif");
        var demande = echeances.ouvrirOuRetrouver(personne, Territoire.ALSACE_MOSELLE, horloge.instant(),
                CanalDemande.EN_LIGNE, null, null).id();
        // Far ahead, at an hour no other test books in Julien Weber's agenda (the agenda refuses overlaps).
        var jour = java.time.LocalDate.now(PARIS).plusDays(200);
        var debut = jour.atTime(LocalTime.of(7, 40)).atZone(PARIS).toInstant();
        var rdv = reprises.rendezVous(personnes.compte("julien.weber").id(), personnes.site("Strasbourg"), personne,
                demande, Modalite.SUR_SITE, debut, debut.plus(Duration.ofMinutes(45)), StatutRendezVous.RESERVE, null,
                null, horloge.instant()).id();

        var page = bureau();
        connecterDemo(page, "julien.weber");
        Pages.ouvrir(page, url("/espace-pro/agenda?date=" + jour));
        var ligne = page.locator("#rdv-" + rdv);
        assertThat(ligne).hasAttribute("data-statut", "RESERVE");

        // A right-to-left override (U+202E) in the reason: refused by the server, said beside the field.
        var refuse = "Empêchement\u202E tnegru";
        page.locator("#annuler-" + rdv).click();
        var motif = page.locator("#motif-annulation");
        motif.locator("input").fill(refuse);
        confirmer(page);
        Pages.attendreVaadin(page);
        // The dialog opened again (the host of a Vaadin dialog has no box of its own: its field is what shows).
        assertThat(ouvert(page)).hasCount(1);
        assertThat(motif).isVisible();
        assertThat(motif).hasAttribute("invalid", "");
        assertThat(motif.locator("[slot='error-message']")).hasText(
                "Ce texte contient un caractère invisible ou de contrôle que nous ne pouvons pas enregistrer."
                        + " Retapez-le plutôt que de le coller.");
        assertThat(motif.locator("input")).hasValue(refuse);
        // The keyboard is back on the refused field, not on the dialog's buttons.
        assertThat(motif.locator("input")).isFocused();
        Pages.verifierPage(page, "rendezvous/24-agenda-annulation-refusee");
        assertThat(statut(rdv)).isEqualTo("RESERVE");

        // The reason typed again without the control: the rendez-vous is cancelled, the person told why.
        motif.locator("input").fill("Empêchement urgent du conseiller");
        confirmer(page);
        Pages.attendreVaadin(page);
        assertThat(ouvert(page)).hasCount(0);
        assertThat(page.locator("#annuler-" + rdv)).hasCount(0);
        assertThat(statut(rdv)).isEqualTo("ANNULE");
        var courriel = Awaitility.await("courriel d’annulation").atMost(Duration.ofSeconds(20))
                .until(() -> SmtpDeTest.pour(EMAIL).stream()
                        .filter(m -> SmtpDeTest.sujet(m).startsWith("Rendez-vous annulé")).findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(SmtpDeTest.corps(courriel)).contains("Raison : Empêchement urgent du conseiller");
    }

    private static Locator dialogue(Page page) {
        return page.getByRole(AriaRole.ALERTDIALOG);
    }

    private static Locator ouvert(Page page) {
        return page.locator("vaadin-confirm-dialog[opened]");
    }

    private static void confirmer(Page page) {
        dialogue(page).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Annuler le rendez-vous"))
                .click();
    }

    private String statut(UUID rdv) {
        return jdbc.sql("select statut from rendez_vous where id = :id").param("id", rdv).query(String.class).single();
    }
}
