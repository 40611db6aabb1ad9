package fr.portailcep.rendezvous;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.Page;

import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.PremierContact;
import fr.portailcep.test.SmtpDeTest;

/**
 * The whole public journey of issue 12, as a person on a phone lives it: the home, the aiguillage, a free slot, the
 * contact form, the confirmation, then moving and cancelling from the links of the courriels — with JavaScript off
 * (every page is HTML-first, DD020) and again with it on, at 360 px, axe on every page, no page of Vaadin on the way.
 */
class ParcoursPublicIT extends PortailIT {

    @ParameterizedTest(name = "JavaScript actif : {0}")
    @ValueSource(booleans = { false, true })
    void de_l_accueil_a_l_annulation_depuis_le_courriel(boolean javascript) {
        // A Tuesday at 10:00 in Paris: slots on the next working days, whatever the hour the suite runs.
        var mardi = LocalDate.now(ZoneId.of("Europe/Paris")).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        horloge.regler(mardi.atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("Europe/Paris")).toInstant());
        var page = javascript ? petitTelephone() : sansJavaScript();
        var mode = javascript ? "js" : "sans-js";
        var email = "parcours.public." + mode + "@exemple.fr";
        var vaadin = new java.util.concurrent.CopyOnWriteArrayList<String>();
        page.onRequest(r -> {
            // The bundle prefetched in the background (<link rel="prefetch">, type "other") is allowed; a script,
            // a style sheet or a request of Vaadin's client is not.
            if ((r.url().contains("/VAADIN/") || r.url().contains("v-r=")) && !"other".equals(r.resourceType())) {
                vaadin.add(r.resourceType() + " " + r.url());
            }
        });

        Pages.ouvrir(page, url("/"));
        verifier(page, "parcours/" + mode + "-1-accueil");
        page.locator("#demander-rendez-vous").click();
        page.waitForURL(Pattern.compile(".*/rendez-vous$"));
        verifier(page, "parcours/" + mode + "-2-aiguillage");

        PremierContact.salarieDuPrive(page, false, 1, 2, "67000"); // 26 à 49 ans, changer de métier
        page.locator("#continuer").click();
        page.waitForURL(Pattern.compile(".*/rendez-vous/creneaux$"));
        verifier(page, "parcours/" + mode + "-3-creneaux");

        page.locator(".pc-creneau").first().click();
        page.waitForURL(Pattern.compile(".*/rendez-vous/coordonnees.*"));
        verifier(page, "parcours/" + mode + "-4-coordonnees");
        page.locator("#prenom").fill("Inès");
        page.locator("#nom").fill("Garnier");
        page.locator("#email").fill(email);
        page.locator("#telephone").fill("06 11 22 33 44");
        page.locator("#confirmer").click();
        assertThat(page.locator("#confirmation")).containsText("Regardez vos courriels");
        verifier(page, "parcours/" + mode + "-5-confirmation");

        // The link of the confirmation courriel: move the rendez-vous, at the same place.
        Pages.ouvrir(page, Calendriers.lienGestion(SmtpDeTest.attendre(email, 1)));
        assertThat(page.locator("#statut-rendez-vous")).hasText("À venir");
        verifier(page, "parcours/" + mode + "-6-gerer");
        page.locator("#deplacer").click();
        page.waitForURL(Pattern.compile(".*/deplacer$"));
        verifier(page, "parcours/" + mode + "-7-deplacer");
        page.locator("#creneaux .pc-creneau").first().click();
        page.waitForURL(Pattern.compile(".*/deplacer/confirmer\\?.*"));
        assertThat(page.locator("#changement-de-lieu")).hasCount(0);
        verifier(page, "parcours/" + mode + "-8-confirmer-deplacement");
        page.locator("#confirmer-deplacement").click();
        assertThat(page.locator("#gestion-faite")).hasText("Votre rendez-vous est déplacé");
        verifier(page, "parcours/" + mode + "-9-deplace");

        // The link of the courriel that says it moved: cancel.
        Pages.ouvrir(page, Calendriers.lienGestion(SmtpDeTest.attendre(email, 2)));
        page.locator("#annuler").click();
        page.waitForURL(Pattern.compile(".*/annuler$"));
        verifier(page, "parcours/" + mode + "-10-annuler");
        page.locator("#confirmer-annulation").click();
        assertThat(page.locator("#gestion-faite")).hasText("Votre rendez-vous est annulé");
        verifier(page, "parcours/" + mode + "-11-annule");
        assertThat(SmtpDeTest.sujet(SmtpDeTest.attendre(email, 3))).containsIgnoringCase("annul");

        assertThat(vaadin).as("requêtes au paquet de Vaadin (hors préchargement) sur le parcours public").isEmpty();
    }

    private static void verifier(Page page, String capture) {
        assertThat(Pages.estHtml(page)).as("page HTML d’abord : " + page.url()).isTrue();
        assertThat(page.locator("footer.pc-pied a[href='/mediateur']")).isVisible();
        Pages.verifierSansDefilementHorizontal(page, capture);
        Pages.verifierPage(page, capture);
    }
}
