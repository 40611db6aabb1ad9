package fr.portailcep.compte;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;

/** A person sees the devices where they are signed in and closes one from another. */
class SessionsIT extends PortailIT {

    @Test
    void une_connexion_fermee_depuis_un_autre_appareil_est_deconnectee() {
        var telephone = telephone();
        connecterDemo(telephone, "yasmine.diallo");
        var ordinateur = bureau();
        connecterDemo(ordinateur, "yasmine.diallo");
        Pages.ouvrir(ordinateur, url("/mon-espace"));
        assertThat(ordinateur.locator("h1")).hasText("Bonjour Yasmine");

        Pages.ouvrir(telephone, url("/compte"));
        var sessions = telephone.locator("#liste-sessions li");
        assertThat(sessions).hasCount(2);
        assertThat(telephone.locator("#liste-sessions")).containsText("cet appareil");
        Pages.verifierPage(telephone, "compte/30-deux-connexions");
        telephone.locator("#liste-sessions li").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasNotText("cet appareil")).getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
        Pages.attendreVaadin(telephone);
        assertThat(sessions).hasCount(1);

        // The closed session is refused at its next request, after the registry's few seconds of cache.
        ordinateur.waitForTimeout(3500);
        Pages.ouvrir(ordinateur, url("/mon-espace"));
        assertThat(ordinateur).hasURL(Pattern.compile(".*/connexion.*"));
        Pages.attendreVaadin(ordinateur);
        assertThat(ordinateur.locator("h1")).hasText("Se connecter");

        // The phone that closed it is still signed in.
        Pages.ouvrir(telephone, url("/mon-espace"));
        assertThat(telephone.locator("h1")).hasText("Bonjour Yasmine");
    }
}
