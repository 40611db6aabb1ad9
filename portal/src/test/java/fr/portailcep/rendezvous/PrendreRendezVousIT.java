package fr.portailcep.rendezvous;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;

import fr.portailcep.rendezvous.web.CreneauxDeTest;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * On a small phone (360 px), an anonymous person with a request under way (the aiguillage's part is tested on its
 * own) books the next free slot on the HTML-first pages (DD020), receives the
 * confirmation with its calendar file, moves the rendez-vous through the emailed link, then cancels it; the
 * conseiller's agenda follows each step. Screenshots under target/captures/rendezvous/.
 */
class PrendreRendezVousIT extends PortailIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    JdbcClient jdbc;

    private final java.util.Map<UUID, Page> bureaux = new java.util.HashMap<>();

    record Rdv(UUID id, UUID conseillerId, Instant debut, String statut) {
    }

    @Test
    void une_personne_sans_compte_reserve_deplace_puis_annule_son_rendez_vous_depuis_son_telephone() {
        var email = "margaux.leroy@exemple.fr";
        // The slot shown and the slot booked are checked against the same instant, however slow the machine.
        horloge.regler(Instant.now());
        var page = petitTelephone();

        // The public home: the first thing offered is to ask for a rendez-vous (the aiguillage's questions, then the
        // free slots: the aiguillage has tests of its own; here the request is put in the session as it would).
        Pages.ouvrir(page, url("/"));
        assertThat(page.locator("#demander-rendez-vous")).hasAttribute("href", Pattern.compile("/aiguillage|/rendez-vous"));
        Pages.ouvrir(page, url(CreneauxDeTest.CHEMIN));
        page.waitForURL(Pattern.compile(".*/rendez-vous/creneaux$"));
        assertThat(page.locator("#echeance")).containsText("au plus tard le");
        Pages.verifierPage(page, "rendezvous/02-creneaux");
        Pages.verifierSansDefilementHorizontal(page, "créneaux");

        // The next free slot, first on the page.
        page.locator(".pc-creneau").first().click();
        page.waitForURL(Pattern.compile(".*/rendez-vous/coordonnees.*"));
        Pages.attendreVaadin(page);
        page.locator("#prenom").fill("Margaux");
        page.locator("#nom").fill("Leroy");
        page.locator("#email").fill("margaux.leroy@");
        page.locator("#telephone").fill("06 12");
        page.locator("#confirmer").click();
        Pages.attendreVaadin(page);
        // Bad input: a message beside each field, what was typed stays.
        assertThat(page.locator("#email")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#telephone")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#email-erreur")).isVisible();
        assertThat(page.locator("#telephone-erreur")).isVisible();
        assertThat(page.locator("#prenom")).hasValue("Margaux");
        Pages.verifierPage(page, "rendezvous/03-coordonnees-erreurs");
        page.locator("#email").fill(email);
        page.locator("#telephone").fill("06 12 34 56 78");
        page.locator("#besoin").fill("Je voudrais quitter la restauration pour le secteur social.");
        Pages.verifierPage(page, "rendezvous/04-coordonnees");
        page.locator("#confirmer").click();
        page.waitForURL(Pattern.compile(".*/rendez-vous/confirmation$"));
        Pages.attendreVaadin(page);
        // The page says where the confirmation is and shows the slot asked (the same page for any address:
        // FormulairesDiscretsIT); the courriel below proves the booking.
        assertThat(page.locator("#confirmation")).isVisible();
        assertThat(page.locator("#confirmation-courriel")).containsText(email);
        assertThat(page.locator("#recap-demande")).isVisible();
        Pages.verifierPage(page, "rendezvous/05-confirmation");
        Pages.verifierSansDefilementHorizontal(page, "confirmation");

        // The rendez-vous is in the database, booked with one conseiller.
        var reserve = rendezVousDe(email);
        assertThat(reserve.statut()).isEqualTo("RESERVE");

        // The confirmation: a calendar file to add to one's agenda and the personal link.
        var confirmation = SmtpDeTest.attendre(email, 1);
        var ics = Calendriers.ics(confirmation);
        assertThat(ics).contains("METHOD:REQUEST");
        var uid = Calendriers.champ(ics, "UID");
        assertThat(Calendriers.champ(ics, "SEQUENCE")).isEqualTo("0");
        assertThat(Calendriers.champ(ics, "DTSTART")).contains(debutIcs(reserve.debut()));
        var lien = Calendriers.lienGestion(confirmation);

        // The conseiller sees it in their agenda.
        verifierAgenda(reserve, "RESERVE");
        Pages.verifierPage(bureaux.get(reserve.conseillerId()), "rendezvous/20-agenda-conseiller");

        // Move it through the emailed link, no password.
        Pages.ouvrir(page, lien);
        assertThat(page.locator("#recap")).isVisible();
        Pages.verifierPage(page, "rendezvous/06-gerer");
        page.locator("#deplacer").click();
        Pages.attendreVaadin(page);
        var autre = page.locator("#nouveau-creneau .pc-creneau:not([data-debut='" + reserve.debut().getEpochSecond()
                + "'])").first();
        autre.click();
        Pages.attendreVaadin(page);
        Pages.verifierPage(page, "rendezvous/07-confirmer-deplacement");
        page.locator("#confirmer-deplacement").click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#gestion-faite")).isVisible();
        Pages.verifierPage(page, "rendezvous/08-deplace");

        var deplace = rendezVousDe(email);
        assertThat(deplace.id()).isEqualTo(reserve.id());
        assertThat(deplace.debut()).isNotEqualTo(reserve.debut());
        var miseAJour = SmtpDeTest.attendre(email, 2);
        var icsDeplace = Calendriers.ics(miseAJour);
        assertThat(icsDeplace).contains("METHOD:REQUEST");
        assertThat(Calendriers.champ(icsDeplace, "UID")).isEqualTo(uid);
        assertThat(Integer.parseInt(Calendriers.champ(icsDeplace, "SEQUENCE"))).isGreaterThan(0);
        assertThat(Calendriers.champ(icsDeplace, "DTSTART")).contains(debutIcs(deplace.debut()));
        verifierAgenda(deplace, "RESERVE");

        // Then cancel it, with the link of the latest courriel.
        Pages.ouvrir(page, Calendriers.lienGestion(miseAJour));
        page.locator("#annuler").click();
        Pages.attendreVaadin(page);
        Pages.verifierPage(page, "rendezvous/09-confirmer-annulation");
        page.locator("#confirmer-annulation").click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#gestion-faite")).isVisible();
        Pages.verifierPage(page, "rendezvous/10-annule");
        assertThat(rendezVousDe(email).statut()).isEqualTo("ANNULE");
        var annulation = SmtpDeTest.attendre(email, 3);
        var icsAnnule = Calendriers.ics(annulation);
        assertThat(icsAnnule).contains("METHOD:CANCEL");
        assertThat(Calendriers.champ(icsAnnule, "UID")).isEqualTo(uid);
        verifierAgenda(deplace, "ANNULE");

        // The link of the first courriel no longer changes anything.
        Pages.ouvrir(page, lien);
        assertThat(page.locator("#deplacer")).hasCount(0);
    }

    /** The agenda of the rendez-vous' conseiller, signed in on a desktop of their own. */
    private void verifierAgenda(Rdv rdv, String statut) {
        var bureau = bureaux.computeIfAbsent(rdv.conseillerId(), id -> {
            var nouveau = bureau();
            connecterDemo(nouveau, identifiantDemo(id));
            return nouveau;
        });
        var jour = rdv.debut().atZone(PARIS).toLocalDate();
        Pages.ouvrir(bureau, url("/espace-pro/agenda?date=" + jour + "&conseiller=" + rdv.conseillerId()));
        var ligne = bureau.locator("#rdv-" + rdv.id());
        assertThat(ligne).hasAttribute("data-statut", statut);
        assertThat(ligne).containsText("Margaux Leroy");
        assertThat(ligne).containsText("restauration");
    }

    private Rdv rendezVousDe(String email) {
        return jdbc.sql("""
                select r.id, r.conseiller_id, r.debut, r.statut from rendez_vous r
                join beneficiaire b on b.id = r.beneficiaire_id where b.email = :email
                order by r.cree_le desc limit 1
                """).param("email", email)
                .query((rs, i) -> new Rdv(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .single();
    }

    private String identifiantDemo(UUID conseillerId) {
        var adresse = jdbc.sql("select email from compte where id = :id").param("id", conseillerId)
                .query(String.class).single();
        return adresse.substring(0, adresse.indexOf('@'));
    }

    private static String debutIcs(Instant debut) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .format(debut.atZone(java.time.ZoneOffset.UTC));
    }
}
