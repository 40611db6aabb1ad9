package fr.portailcep.test;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import fr.portailcep.parcours.Personnes;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole portal on a random port, in production mode, with the demo data, a
 * fresh embedded PostgreSQL, the test SMTP server and a clock the test can move. Every subclass shares one Spring
 * context (same configuration), so the portal starts once for the whole run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portail.postgres-embarque.actif=true",
        "portail.postgres-embarque.neuf=true",
        "portail.demo.smtp-embarque=false",
        "portail.courriel.releve-toutes-les=PT1S",
        // The recurring jobs run once at start-up, then not again during the run: a round that fired while a test
        // has moved the clock would act at that test's date (tests call the jobs' services themselves).
        "portail.parcours.cloture-toutes-les=P1D",
        "portail.parcours.relance-toutes-les=P1D",
        "portail.rendez-vous.rappels-toutes-les=P1D",
        "portail.echeance.alertes-heures=04:00",
        "portail.reclamation.alertes-heures=04:00",
        "vaadin.productionMode=true",
        "spring.mail.host=127.0.0.1",
        "logging.level.org.atmosphere=warn",
        // Every browser of the tests comes from the loopback: no per-network limit there. The per-network limits are
        // tested with other addresses (LimiteurTest, LimitesDebitIT); the per-address limits apply to all.
        "portail.limites.reseaux-exemptes=127.0.0.1,0:0:0:0:0:0:0:1",
})
@ActiveProfiles("demo")
@Import(PortailIT.Horloge.class)
@ExtendWith(CaptureEnCasDEchec.class)
public abstract class PortailIT {

    @TestConfiguration(proxyBeanMethods = false)
    public static class Horloge {

        @Bean
        @Primary
        HorlogeReglable horlogeReglable() {
            return new HorlogeReglable(ZoneId.of("Europe/Paris"));
        }
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registre) {
        registre.add("spring.mail.port", SmtpDeTest::port);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected HorlogeReglable horloge;

    @Autowired
    private SecurityContextHolderStrategy strategieSecurite;

    @Autowired
    private ApplicationContext contexteSpring;

    /** The demo people, new bénéficiaires, and service calls made as one of them. */
    protected Personnes personnes;

    private final List<BrowserContext> contextes = new ArrayList<>();

    /**
     * A test with a Spring context of its own (HorsDemoIT) sets the global security strategy to its own when it
     * starts; this portal's comes back before each test, or the services would not see who is signed in.
     */
    @BeforeEach
    void strategieDeSecuriteDuPortail() {
        SecurityContextHolder.setContextHolderStrategy(strategieSecurite);
        personnes = new Personnes(contexteSpring);
    }

    /** No page of the test may have come without a Content-Security-Policy or logged a violation of it. */
    @AfterEach
    void remettreLHeureEtFermerLesNavigateurs() {
        horloge.reinitialiser();
        try {
            contextes.stream().flatMap(c -> c.pages().stream()).forEach(SurveillanceCsp::verifier);
        } finally {
            contextes.forEach(BrowserContext::close);
            contextes.clear();
        }
    }

    /** A new phone (its own cookies), closed after the test. */
    protected Page telephone() {
        return ouvrir(Navigateur.telephone());
    }

    protected Page petitTelephone() {
        return ouvrir(Navigateur.petitTelephone());
    }

    protected Page bureau() {
        return ouvrir(Navigateur.bureau());
    }

    /** The narrowest phone with JavaScript off: the HTML-first pages (DD020) work in it. */
    protected Page sansJavaScript() {
        return ouvrir(Navigateur.petitTelephoneSansJavaScript());
    }

    private Page ouvrir(BrowserContext contexte) {
        contextes.add(contexte);
        return contexte.newPage();
    }

    /** Signs in as a demo person in one click (the demo profile is active in these tests). */
    protected void connecterDemo(Page page, String identifiant) {
        Pages.ouvrir(page, url("/connexion"));
        page.locator("#demo-" + identifiant.replace('.', '-')).click();
        page.waitForURL(u -> !u.contains("/connexion"));
        Pages.attendreVaadin(page);
    }

    protected String url(String chemin) {
        return "http://localhost:" + port + chemin;
    }
}
