package fr.portailcep.shared.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.microsoft.playwright.Page;

import fr.portailcep.aiguillage.AiguillageService;
import fr.portailcep.aiguillage.DejaSuivi;
import fr.portailcep.aiguillage.ModeContact;
import fr.portailcep.aiguillage.Motif;
import fr.portailcep.aiguillage.OrigineDemarche;
import fr.portailcep.aiguillage.Reponses;
import fr.portailcep.aiguillage.Situation;
import fr.portailcep.aiguillage.TrancheAge;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;

/**
 * The layout of the HTML-first pages (DD020): served without Vaadin, the same header, footer with the médiateur and
 * navigation, readable and accessible at 360 px with JavaScript off and on.
 */
class PagesHtmlIT extends PortailIT {

    @Test
    void l_accueil_et_le_mediateur_se_lisent_sans_javascript() {
        var page = sansJavaScript();
        verifier(page, "/", "html/accueil-sans-js");
        assertThat(page.locator("h1")).hasText("Faire le point sur votre vie professionnelle");
        assertThat(page.locator("#demander-rendez-vous")).isVisible();
        verifier(page, "/mediateur", "html/mediateur-sans-js");
        assertThat(page.locator("#mediateur-reclamation")).hasAttribute("href", "/reclamation");
    }

    @Test
    void l_accueil_ne_charge_pas_vaadin_et_precharge_son_paquet() {
        var page = petitTelephone();
        var vaadin = new java.util.concurrent.CopyOnWriteArrayList<String>();
        page.onRequest(r -> {
            // The bundle prefetched in the background (<link rel="prefetch">, type "other") is allowed; a script,
            // a style sheet or a request of Vaadin's client is not.
            if ((r.url().contains("/VAADIN/") || r.url().contains("v-r=")) && !"other".equals(r.resourceType())) {
                vaadin.add(r.resourceType() + " " + r.url());
            }
        });
        verifier(page, "/", "html/accueil");
        assertThat(Pages.estHtml(page)).isTrue();
        assertThat(vaadin).as("requêtes Vaadin (hors préchargement) de l’accueil").isEmpty();
    }

    /**
     * Where each HTML-first page is opened from: route pattern → address (with real data of the demo or made by
     * the test for a route with a variable part or a token). Every GET route of a {@link PageHtml} controller must
     * be opened here or listed in {@link #SANS_PAGE}. One block per feature.
     */
    private Map<String, String> ouvertures() {
        var ouvertures = new TreeMap<String, String>();
        // contrat
        ouvertures.put("/", "/");
        ouvertures.put("/mediateur", "/mediateur");
        // aiguillage
        ouvertures.put("/rendez-vous", "/rendez-vous");
        ouvertures.put("/rendez-vous/orientation/{id}", "/rendez-vous/orientation/" + orientationAilleurs());
        // reservation: the request under way put in the session by a test address (rendezvous.web.CreneauxDeTest)
        var demande = fr.portailcep.rendezvous.web.CreneauxDeTest.CHEMIN;
        ouvertures.put("/rendez-vous/creneaux", demande);
        ouvertures.put("/rendez-vous/coordonnees", demande + "?vers=coordonnees");
        ouvertures.put("/rendez-vous/confirmation", demande + "?vers=confirmation");
        ouvertures.put("/rendez-vous/rappel", demande + "?vers=rappel");
        ouvertures.put("/rendez-vous/rappel/enregistre", demande + "?vers=rappel-enregistre");
        // liens : un rendez-vous et son lien personnel, un lien d’avis signé, un lien de connexion (la page ne le
        // vérifie qu’au toucher du bouton).
        var rdv = fr.portailcep.rendezvous.LiensDeGestion.nouveau(contexte, personnes, horloge.instant(),
                "pages.html", fr.portailcep.rendezvous.Modalite.SUR_SITE);
        ouvertures.put("/rendez-vous/gerer/{lien}", rdv.chemin());
        ouvertures.put("/rendez-vous/gerer/{lien}/deplacer", rdv.chemin() + "/deplacer");
        ouvertures.put("/rendez-vous/gerer/{lien}/deplacer/confirmer",
                fr.portailcep.rendezvous.LiensDeGestion.confirmation(contexte, rdv, personnes));
        ouvertures.put("/rendez-vous/gerer/{lien}/annuler", rdv.chemin() + "/annuler");
        ouvertures.put("/avis", "/avis");
        ouvertures.put("/avis/{lien}", fr.portailcep.satisfaction.LiensAvisDeTest.chemin(contexte, horloge.instant()));
        ouvertures.put("/connexion/lien", "/connexion/lien?jeton=" + java.util.UUID.randomUUID() + "&secret=x");
        // connexion
        ouvertures.put("/connexion", "/connexion");
        // Without a code asked in this session, the second step leads back to the first (ConnexionIT opens it with one).
        ouvertures.put("/connexion/code", "/connexion/code");
        return ouvertures;
    }

    // aiguillage
    @Autowired
    AiguillageService aiguillages;

    /** A real aiguillage of someone looking for a job, oriented to France Travail. */
    private UUID orientationAilleurs() {
        return aiguillages.enregistrer(new Reponses(Situation.SANS_EMPLOI, null, null, DejaSuivi.NON, false,
                TrancheAge.DE_26_A_49, "67000", null, Motif.SE_FORMER, OrigineDemarche.INDIVIDUELLE),
                ModeContact.EN_LIGNE, null).aiguillage().id();
    }

    /** GET routes of {@link PageHtml} controllers that answer no page of their own (a redirect, a file). */
    private static final Set<String> SANS_PAGE = Set.of(
            // aiguillage
            "/aiguillage",
            // liens : sans ce que la session garde (l’acte fait, la réponse enregistrée, le ticket), une redirection ;
            // leurs pages sont vérifiées dans LienDeGestionIT, SatisfactionIT, LienConnexionIT.
            "/rendez-vous/gerer/{lien}/fait", "/avis/merci", "/connexion/lien/pret");

    @Autowired
    org.springframework.context.ApplicationContext contexte;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    /**
     * Every HTML-first page is public (DD020: a page that needs a signed-in person stays in Vaadin, where the access
     * matrix checks it), carries the médiateur in its footer and passes axe at 360 px. A new page gets its line in
     * {@link #ouvertures()}, or the test fails.
     */
    @Test
    void chaque_page_html_est_ouverte_a_tous_avec_le_mediateur() {
        var pages = new TreeSet<String>();
        routes.getHandlerMethods().forEach((info, methode) -> {
            if (AnnotatedElementUtils.hasAnnotation(methode.getBeanType(), PageHtml.class)
                    && (info.getMethodsCondition().getMethods().isEmpty()
                            || info.getMethodsCondition().getMethods().contains(RequestMethod.GET))) {
                pages.addAll(info.getPatternValues());
            }
        });
        var ouvertures = ouvertures();
        var attendues = new TreeSet<String>(ouvertures.keySet());
        attendues.addAll(SANS_PAGE);
        assertThat(pages).as("Chaque page HTML a sa ligne dans ouvertures() (ou SANS_PAGE)").isEqualTo(attendues);
        var page = petitTelephone();
        ouvertures.forEach((route, adresse) -> verifier(page, adresse, "html/route" + route.replaceAll("[^a-z0-9]+", "-")));
    }

    private void verifier(Page page, String chemin, String capture) {
        var reponse = page.navigate(url(chemin));
        assertThat(reponse.status()).isEqualTo(200);
        Pages.attendreVaadin(page);
        assertThat(page.locator("footer.pc-pied a[href='/mediateur']")).isVisible();
        Pages.verifierSansDefilementHorizontal(page, capture);
        Pages.verifierPage(page, capture);
    }
}
