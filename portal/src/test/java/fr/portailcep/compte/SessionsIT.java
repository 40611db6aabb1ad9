package fr.portailcep.compte;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import com.vaadin.flow.server.VaadinServlet;

import fr.portailcep.test.ConnexionParCode;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;

/**
 * A person sees the devices where they are signed in and closes one from another. A session ends after 30 minutes
 * without activity (the heartbeat of an open tab is not activity) and after 12 hours whatever happens.
 */
class SessionsIT extends PortailIT {

    @Autowired
    ApplicationContext contexte;

    @Autowired
    JdbcClient jdbc;

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

        // The closed session is refused at its next request, once the registry's few seconds of cache (read with
        // the clock) are over.
        horloge.avancer(Duration.ofSeconds(4));
        Pages.ouvrir(ordinateur, url("/mon-espace"));
        assertThat(ordinateur).hasURL(Pattern.compile(".*/connexion.*"));
        Pages.attendreVaadin(ordinateur);
        assertThat(ordinateur.locator("h1")).hasText("Se connecter");

        // The phone that closed it is still signed in.
        Pages.ouvrir(telephone, url("/mon-espace"));
        assertThat(telephone.locator("h1")).hasText("Bonjour Yasmine");
    }

    @Test
    void apres_30_minutes_sans_activite_la_session_est_fermee_meme_si_l_onglet_reste_ouvert() {
        var page = telephone();
        var ui = new AtomicReference<String>();
        page.onRequest(requete -> {
            var m = Pattern.compile("[?&]v-uiId=(\\d+)").matcher(requete.url());
            if (m.find()) {
                ui.set(m.group(1));
            }
        });
        var email = "session.inactive@exemple.fr";
        horloge.regler(Instant.now());
        connecterParCode(page, email);
        Pages.ouvrir(page, url("/mon-espace"));
        assertThat(page).hasURL(Pattern.compile(".*/mon-espace$"));

        // The tab stays open: Vaadin's heartbeat (every two minutes) keeps talking to the server.
        horloge.avancer(Duration.ofMinutes(20));
        assertThat(battement(page, ui.get())).isEqualTo(200);
        horloge.avancer(Duration.ofMinutes(11));
        // The next thing she does in the open tab (a Vaadin request) signs her out, and the page says why.
        page.locator("a[href='/compte']").first().click();
        page.waitForURL(Pattern.compile(".*/connexion\\?session=inactivite$"));
        Pages.attendreVaadin(page);
        assertThat(page.locator("#avis-connexion")).containsText("30 minutes");
        Pages.verifierPage(page, "compte/31-session-inactive");
        assertThat(compterJournal(email, "SESSION_EXPIREE")).isEqualTo(1);
    }

    @Test
    void une_session_ne_dure_pas_plus_de_12_heures_meme_avec_de_l_activite() {
        var page = telephone();
        horloge.regler(Instant.now());
        connecterParCode(page, "session.longue@exemple.fr");
        // 11 h 40 of use, a page every 25 minutes: still signed in.
        for (var fois = 0; fois < 28; fois++) {
            horloge.avancer(Duration.ofMinutes(25));
            var reponse = page.request().get(url("/mon-espace"), RequestOptions.create().setMaxRedirects(0));
            assertThat(reponse.status()).as("après %d minutes", 25 * (fois + 1)).isEqualTo(200);
        }
        horloge.avancer(Duration.ofMinutes(25));
        Pages.ouvrir(page, url("/mon-espace"));
        assertThat(page).hasURL(Pattern.compile(".*/connexion\\?session=duree$"));
        assertThat(page.locator("#avis-connexion")).containsText("12 heures");
        Pages.verifierPage(page, "compte/32-session-trop-longue");
    }

    @Test
    void vaadin_ferme_les_ecrans_inactifs_meme_quand_ils_battent() {
        var servlet = contexte.getBeansOfType(ServletRegistrationBean.class).values().stream()
                .map(ServletRegistrationBean::getServlet).filter(VaadinServlet.class::isInstance)
                .map(VaadinServlet.class::cast).findFirst().orElseThrow();
        assertThat(servlet.getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }

    /** A heartbeat as Vaadin's client sends it; returns the HTTP status. */
    private static int battement(Page page, String ui) {
        assertThat(ui).as("identifiant de l’écran Vaadin").isNotNull();
        return ((Number) page.evaluate("""
                async (ui) => (await fetch('/?v-r=heartbeat&v-uiId=' + ui,
                    { method: 'POST', credentials: 'same-origin' })).status""", ui)).intValue();
    }

    /** A new bénéficiaire signs in with the code received (and lands on the passkey offer). */
    private void connecterParCode(Page page, String email) {
        ConnexionParCode.premiereConnexion(page, url("/connexion"), email);
    }

    private long compterJournal(String email, String evenement) {
        return jdbc.sql("select count(*) from journal_connexion where email = :email and evenement = :evenement")
                .param("email", email).param("evenement", evenement).query(Long.class).single();
    }
}
