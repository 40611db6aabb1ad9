package fr.portailcep.compte;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.portailcep.PortailApplication;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.shared.demarrage.ConfigurationIncomplete;
import fr.portailcep.test.BoiteDEnvoi;
import fr.portailcep.test.CaptureEnCasDEchec;
import fr.portailcep.test.CleVirtuelle;
import fr.portailcep.test.Navigateur;
import fr.portailcep.test.ConnexionParCode;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PostgresExterne;
import fr.portailcep.test.SmtpDeTest;
import fr.portailcep.test.SurveillanceCsp;

/**
 * The portal as deployed for real: no demo profile, a PostgreSQL given by the standard SPRING_DATASOURCE_*
 * settings (here a server started by the test, standing for an external one). The demo's one-click sign-in and
 * mailbox do not exist; staff must create a passkey, then sign in with it.
 */
@ExtendWith(PostgresExterne.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "vaadin.productionMode=true",
        "spring.mail.host=127.0.0.1",
        "portail.webauthn.rp-id=localhost",
        "logging.level.org.atmosphere=warn",
        "portail.connexion.codes-par-reseau-par-heure=100000",
        // Outside the demo the key that encrypts waiting courriels is required (here the operator's own).
        "portail.courriel.cle=3q2+7wQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
        "portail.mise-en-service.operateur.code=NO",
        "portail.mise-en-service.operateur.nom=Évolution Pro Normandie",
        "portail.mise-en-service.operateur.lot=9",
        "portail.mise-en-service.operateur.region=Normandie",
        "portail.mise-en-service.sites[0].nom=Caen – Centre",
        "portail.mise-en-service.sites[0].adresse=3 place Saint-Pierre",
        "portail.mise-en-service.sites[0].code-postal=14000",
        "portail.mise-en-service.sites[0].commune=Caen",
        "portail.mise-en-service.sites[0].departement=14",
        "portail.mise-en-service.manager.courriel=helene.durand@operateur.example",
        "portail.mise-en-service.manager.prenom=Hélène",
        "portail.mise-en-service.manager.nom=Durand",
        // France compétences' médiateur comes from the configuration, never from a manager (DD010)…
        "portail.mise-en-service.mediateurs[0].courriel=marc.mediateur@francecompetences.example",
        "portail.mise-en-service.mediateurs[0].prenom=Marc",
        "portail.mise-en-service.mediateurs[0].nom=Médiateur",
        // …and so does the reset of an access no manager may reset, once per request.
        "portail.mise-en-service.reinitialisations[0].courriel=marc.mediateur@francecompetences.example",
        "portail.mise-en-service.reinitialisations[0].reference=DEMANDE-42",
})
@ExtendWith(CaptureEnCasDEchec.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HorsDemoIT {

    /** Outside the demo the public address is given before start-up: a free port is chosen for it. */
    private static final int PORT = portLibre();

    private static int portLibre() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void configuration(DynamicPropertyRegistry registre) {
        registre.add("server.port", () -> PORT);
        registre.add("portail.url-publique", () -> "http://localhost:" + PORT);
        registre.add("spring.datasource.url", PostgresExterne::url);
        registre.add("spring.datasource.username", () -> "postgres");
        registre.add("spring.datasource.password", () -> "");
        registre.add("spring.mail.port", SmtpDeTest::port);
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext contexte;

    @Autowired
    CompteService comptes;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    OperateurService operateurs;

    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy strategieSecurite;

    private final List<BrowserContext> navigateurs = new ArrayList<>();

    @AfterEach
    void fermer() {
        try {
            navigateurs.stream().flatMap(c -> c.pages().stream()).forEach(SurveillanceCsp::verifier);
        } finally {
            navigateurs.forEach(BrowserContext::close);
            navigateurs.clear();
        }
    }

    private Page page(BrowserContext contexteNavigateur) {
        navigateurs.add(contexteNavigateur);
        return contexteNavigateur.newPage();
    }

    private String url(String chemin) {
        return "http://localhost:" + port + chemin;
    }

    @Test
    void la_connexion_en_un_clic_et_la_boite_de_demo_n_existent_pas() {
        assertThat(contexte.getBeanProvider(ConnexionDemo.class).getIfAvailable()).isNull();
        assertThat(comptes.parEmail(new AdresseCourriel("camille.martin@demo.portail-cep.fr")))
                .as("aucune donnée de démonstration").isEmpty();

        var page = page(Navigateur.telephone());
        Pages.ouvrir(page, url("/connexion"));
        assertThat(page.locator("h1")).hasText("Se connecter");
        assertThat(page.locator("#connexion-demo")).hasCount(0);
        // Nor the address behind the demo buttons.
        var csrf = page.locator("#formulaire-adresse input[name='_csrf']").getAttribute("value");
        var demo = page.request().post(url("/connexion/demo"), com.microsoft.playwright.options.RequestOptions.create()
                .setForm(com.microsoft.playwright.options.FormData.create().set("_csrf", csrf)
                        .set("personne", java.util.UUID.randomUUID().toString())));
        assertThat(demo.status()).isEqualTo(404);
        assertThat(page.locator("body")).not().containsText("Démonstration");
        assertThat(page.locator("nav.pc-nav")).not().containsText("Courriels");
        Pages.verifierPage(page, "compte/20-connexion-hors-demo");

        Pages.ouvrir(page, url("/demo/courriels"));
        assertThat(page.locator("h1")).hasText("Page introuvable");
        assertThat(page.locator("#courriels")).hasCount(0);
    }

    @Test
    void la_mise_en_service_cree_l_operateur_ses_sites_et_invite_le_premier_manager_une_seule_fois() throws Exception {
        assertThat(operateurs.operateur()).hasValueSatisfying(o -> {
            assertThat(o.code()).isEqualTo("NO");
            assertThat(o.lot()).isEqualTo(9);
        });
        assertThat(operateurs.sites()).extracting(fr.portailcep.operateur.Site::nom).containsExactly("Caen – Centre");
        var helene = comptes.parEmail(new AdresseCourriel("helene.durand@operateur.example")).orElseThrow();
        assertThat(helene.role()).isEqualTo(Role.MANAGER);
        assertThat(operateurs.sitesDe(helene.id())).hasSize(1);
        var invitation = SmtpDeTest.attendre(helene.email(), 1);
        assertThat(SmtpDeTest.corps(invitation)).contains("Évolution Pro Normandie est en service")
                .contains("premier manager");

        // At the next start nothing is created twice.
        contexte.getBean("miseEnServiceAuDemarrage", org.springframework.boot.ApplicationRunner.class).run(null);
        assertThat(operateurs.sites()).hasSize(1);
        assertThat(comptes.parRole(Role.MANAGER)).hasSize(1);
        assertThat(BoiteDEnvoi.deposes(jdbc, helene.email())).isEqualTo(1);
        BoiteDEnvoi.attendreQueToutSoitParti(jdbc, helene.email());
        assertThat(SmtpDeTest.pour(helene.email())).hasSize(1);
    }

    @Test
    void le_mediateur_vient_de_la_configuration_et_l_exploitation_reinitialise_un_acces_une_seule_fois()
            throws Exception {
        var marc = comptes.parEmail(new AdresseCourriel("marc.mediateur@francecompetences.example")).orElseThrow();
        assertThat(marc.role()).isEqualTo(Role.MEDIATEUR);
        assertThat(operateurs.sitesDe(marc.id())).as("le médiateur n’est rattaché à aucun site").isEmpty();
        // Invited, then his access reset as the configuration asks (written in the outbox by the start-up itself).
        assertThat(courrielsDeposesPour(marc.email())).isEqualTo(2);
        assertThat(SmtpDeTest.sujet(SmtpDeTest.attendre(marc.email(), 2))).contains("réinitialisé");

        // At the next start, the same request is not carried out again.
        contexte.getBean("miseEnServiceAuDemarrage", org.springframework.boot.ApplicationRunner.class).run(null);
        assertThat(courrielsDeposesPour(marc.email())).isEqualTo(2);
        assertThat(jdbc.sql("""
                select count(*) from journal_audit where compte_cible_id = :marc and action = 'ACCES_REINITIALISE'
                  and detail = 'demande DEMANDE-42'
                """).param("marc", marc.id()).query(Long.class).single()).isEqualTo(1);
    }

    private long courrielsDeposesPour(String email) {
        return jdbc.sql("select count(*) from courriel_sortant where destinataire = :email").param("email", email)
                .query(Long.class).single();
    }

    @Test
    void un_professionnel_sans_cle_doit_en_creer_une_puis_se_connecte_avec_elle() {
        var email = "claire.roux@operateur.example";
        comptes.creerProfessionnel(new AdresseCourriel(email), Role.CONSEILLER, "Claire", "Roux");
        var page = page(Navigateur.bureau());
        var cle = CleVirtuelle.sur(page.context(), page);

        ConnexionParCode.saisir(page, url("/connexion"), email, 1);
        page.waitForURL(Pattern.compile(".*/espace-pro/compte\\?cle=obligatoire$"));
        Pages.attendreVaadin(page);
        assertThat(page.locator("#cle-obligatoire")).isVisible();
        Pages.verifierPage(page, "compte/21-professionnel-cle-obligatoire");

        Pages.ouvrir(page, url("/conseiller"));
        // Sent back to the account page.
        assertThat(page.locator("#cle-obligatoire")).isVisible();

        page.locator("#ajouter-cle").click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#liste-cles")).containsText("Mon téléphone");
        assertThat(cle.cles().size()).isEqualTo(1);
        // A professional cannot remove their only passkey.
        page.locator("#liste-cles").getByRole(AriaRole.BUTTON).click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Supprimer")).click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#erreur-cle")).containsText("Ajoutez d’abord une autre clé d’accès");
        assertThat(page.locator("#liste-cles")).containsText("Mon téléphone");
        Pages.ouvrir(page, url("/conseiller"));
        assertThat(page.locator("h1")).hasText("Bonjour Claire");

        page.locator("#deconnexion").click();
        page.waitForURL(Pattern.compile(".*/connexion\\?deconnexion$"));
        Pages.attendreVaadin(page);

        // With a passkey, an emailed code is no longer sent to a professional: the courriel says to use the passkey.
        ConnexionParCode.demander(page, email);
        // After the code and the notice of the new passkey.
        var courriel = SmtpDeTest.attendre(email, 3);
        assertThat(SmtpDeTest.sujet(courriel)).isEqualTo("Connexion au Portail CEP");
        assertThat(SmtpDeTest.corps(courriel)).contains("clé d’accès").doesNotContainPattern("\\b\\d{6}\\b");

        Pages.ouvrir(page, url("/connexion"));
        page.locator("#connexion-cle").click();
        page.waitForURL(Pattern.compile(".*/conseiller$"));
        Pages.attendreVaadin(page);
        assertThat(page.locator("h1")).hasText("Bonjour Claire");
    }

    @Test
    void le_cookie_de_session_est_securise_et_reste_sur_le_site() throws Exception {
        var reponse = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/connexion"))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(reponse.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("; Secure", "; HttpOnly", "; SameSite=Lax");
    }

    /**
     * The real application, started as an operator would with settings forgotten: it stops before creating any
     * bean, with one message listing them all, instead of running with links and passkeys on localhost.
     */
    @Test
    void sans_adresse_publique_ni_domaine_des_cles_ni_relais_smtp_le_portail_refuse_de_demarrer() {
        var base = "sans_reglages";
        var echec = demarrer(new SpringApplicationBuilder(PortailApplication.class),
                "--spring.datasource.url=" + PostgresExterne.url(base), "--spring.datasource.username=postgres",
                "--portail.url-publique=", "--portail.webauthn.rp-id=", "--spring.mail.host=");

        assertThat(echec).isInstanceOf(ConfigurationIncomplete.class);
        assertThat(((ConfigurationIncomplete) echec).problemes()).hasSize(4)
                .anySatisfy(p -> assertThat(p).startsWith("PORTAIL_CLE_COURRIELS"))
                .anySatisfy(p -> assertThat(p).startsWith("PORTAIL_URL_PUBLIQUE"))
                .anySatisfy(p -> assertThat(p).startsWith("PORTAIL_WEBAUTHN_RP_ID"))
                .anySatisfy(p -> assertThat(p).startsWith("SPRING_MAIL_HOST"));
        assertThat(PostgresExterne.tables(base)).as("rien créé dans la base").isZero();
    }

    @Test
    void un_domaine_des_cles_qui_n_est_pas_celui_de_l_adresse_publique_est_refuse() {
        var base = "mauvais_domaine";
        var echec = demarrer(new SpringApplicationBuilder(PortailApplication.class),
                "--spring.datasource.url=" + PostgresExterne.url(base), "--spring.datasource.username=postgres",
                "--portail.url-publique=https://cep.operateur.example", "--portail.webauthn.rp-id=localhost",
                "--spring.mail.host=127.0.0.1", "--portail.courriel.cle=qC6yus6dvNRv01MAVaqSsgR16IWMsPchZ5PoIKEffIg=");

        assertThat(echec).isInstanceOf(ConfigurationIncomplete.class);
        assertThat(((ConfigurationIncomplete) echec).problemes()).singleElement(
                org.assertj.core.api.InstanceOfAssertFactories.STRING).startsWith("PORTAIL_WEBAUTHN_RP_ID = « localhost »");
    }

    /** The demo loads its people and one-click sign-in into its database: never into one it was not meant for. */
    @Test
    void la_demonstration_refuse_une_base_externe_sans_qu_on_le_lui_dise() {
        var base = "demo_sur_base_externe";
        var echec = demarrer(new SpringApplicationBuilder(PortailApplication.class).profiles("demo"),
                "--spring.datasource.url=" + PostgresExterne.url(base), "--spring.datasource.username=postgres",
                "--portail.demo.smtp-embarque=false");

        assertThat(echec).isInstanceOf(ConfigurationIncomplete.class)
                .hasMessageContaining("PORTAIL_DEMO_BASE_EXTERNE=true");
        assertThat(PostgresExterne.tables(base)).as("aucune donnée de démonstration chargée").isZero();
    }

    /** Starts a second portal in this JVM (port chosen by the system) and gives the cause of its failure. */
    private Throwable demarrer(SpringApplicationBuilder application, String... arguments) {
        var tous = new ArrayList<>(List.of("--server.port=0", "--vaadin.productionMode=true",
                "--spring.mail.port=" + SmtpDeTest.port(), "--spring.main.banner-mode=off"));
        tous.addAll(List.of(arguments));
        try (var demarre = application.run(tous.toArray(String[]::new))) {
            return null;
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (!(cause instanceof ConfigurationIncomplete) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause;
        } finally {
            // The second portal set the global security strategy to its own.
            org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(strategieSecurite);
        }
    }
}
