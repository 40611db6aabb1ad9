package fr.portailcep.shared;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import com.microsoft.playwright.Page;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import fr.portailcep.aiguillage.AiguillageService;
import fr.portailcep.aiguillage.DejaSuivi;
import fr.portailcep.aiguillage.Motif;
import fr.portailcep.aiguillage.OrigineDemarche;
import fr.portailcep.aiguillage.Reponses;
import fr.portailcep.aiguillage.Situation;
import fr.portailcep.aiguillage.TrancheAge;
import fr.portailcep.compte.OrigineRequete;
import fr.portailcep.compte.Role;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.rendezvous.CreneauxService;
import fr.portailcep.rendezvous.ReservationService;
import fr.portailcep.shared.ui.PortailLayout;
import fr.portailcep.signature.DocumentASigner;
import fr.portailcep.signature.DocumentsASignerDeTest;
import fr.portailcep.signature.RoleSignataire;
import fr.portailcep.mediation.MediationService;
import fr.portailcep.mediation.NouvelleSaisine;
import fr.portailcep.reclamation.NouvelleReclamation;
import fr.portailcep.reclamation.ReclamationsService;
import fr.portailcep.satisfaction.EnquetesDeTest;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PremierContact;
import fr.portailcep.test.PortailIT;
import jakarta.servlet.ServletContext;

/**
 * The médiateur de France compétences at the foot of every page a person sees (CCTP §3.7). The pages are found in
 * Vaadin's route registry, not listed: every route whose layout is {@link PortailLayout} (public pages and the
 * bénéficiaire's space, those registered at run time too) is opened on a phone, anonymously when the route is public,
 * as Thomas Petit (demo bénéficiaire) otherwise; a route with a parameter gets real data prepared here
 * ({@link #PARAMETRES}). A route neither visited nor listed in {@link #NON_VISITEES} with its reason fails the test,
 * so a page added tomorrow is checked without anyone thinking of it. On each page the footer says what the médiateur
 * is and links to the page {@code mediateur}. The médiateur's own page is then read at 360 px, signed out and signed
 * in. Screenshots under {@code target/captures/mediateur/}.
 */
class MediateurSurChaquePageIT extends PortailIT {

    private static final String BENEFICIAIRE = "thomas.petit";

    /** Routes of PortailLayout deliberately not opened, each with its reason. Empty today: every page is opened. */
    private static final Map<String, String> NON_VISITEES = Map.of();

    @Autowired
    ServletContext servletContext;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentsASignerDeTest documents;

    @Autowired
    ReservationService reservations;

    @Autowired
    CreneauxService creneaux;

    @Autowired
    OperateurService operateurs;

    @Autowired
    AiguillageService aiguillages;

    @Autowired
    ReclamationsService reclamations;

    @Autowired
    MediationService mediation;

    @Autowired
    ApplicationContext contexte;

    /** Real data for the routes with a parameter: the template, and how to write its address for Thomas. */
    private record Donnees(UUID action, UUID fil, UUID livrable, UUID aSigner,
            UUID reclamation, UUID reclamationContestee, UUID saisine, UUID enquete) {
    }

    private static final Map<String, Function<Donnees, String>> PARAMETRES = Map.ofEntries(
            // A réclamation of Thomas already referred to the médiateur (its follow-up), another answered and
            // contested (its one-step referral form), and a satisfaction survey of his.
            Map.entry("mes-reclamations/:id", d -> "mes-reclamations/" + d.reclamation()),
            Map.entry("mes-reclamations/:id/mediateur", d -> "mes-reclamations/" + d.reclamationContestee() + "/mediateur"),
            Map.entry("ma-mediation/:id", d -> "ma-mediation/" + d.saisine()),
            Map.entry("mon-avis/:id", d -> "mon-avis/" + d.enquete()),
            Map.entry("parcours/actions/:id", d -> "parcours/actions/" + d.action()),
            Map.entry("messages/:id", d -> "messages/" + d.fil()),
            Map.entry("mes-documents/:id", d -> "mes-documents/" + d.livrable()),
            Map.entry("signer/:id", d -> "signer/" + d.aSigner() + "?sorte=" + DocumentsASignerDeTest.SORTE),
            // A well-formed hash the portal never sealed: the page says so (a sealed one says when).
            Map.entry("verifier/:empreinte", d -> "verifier/" + "0".repeat(64)));

    /**
     * Pages reached only through the previous steps of a journey (they send a visitor without that context back to
     * its start): how a person gets there, on a phone that has answered the aiguillage up to the free slots once
     * (the context stays in its session). Then a slot leads to the coordinates, "be called back" to its form.
     */
    private static final Map<String, java.util.function.BiConsumer<Page, String>> PARCOURS = Map.of(
            // The public journey (aiguillage, slots, contact, call-back) is HTML-first now (DD020): its pages are
            // walked by shared.web.PagesHtmlIT. A Vaadin page reached only through earlier steps goes here.
            );

    private Donnees donneesDeThomas() {
        var beneficiaire = personnes.beneficiaire(BENEFICIAIRE);
        var action = jdbc.sql("""
                select a.id from action_plan a join dossier d on d.id = a.dossier_id
                where d.beneficiaire_id = :b order by a.id limit 1""").param("b", beneficiaire)
                .query(UUID.class).single();
        var fil = jdbc.sql("select id from fil_messages where beneficiaire_id = :b order by cree_le limit 1")
                .param("b", beneficiaire).query(UUID.class).single();
        var livrable = jdbc.sql("select id from livrable where beneficiaire_id = :b order by cree_le limit 1")
                .param("b", beneficiaire).query(UUID.class).single();
        var compte = personnes.compte(BENEFICIAIRE);
        var aSigner = documents.creer(beneficiaire, List.of(new DocumentASigner.Signataire(
                RoleSignataire.BENEFICIAIRE, compte.id(), "Thomas Petit", DocumentASigner.EtatSignataire.ATTENDU,
                null))).id;
        var reclamation = reclamationRepondue("Personne ne m’a rappelé.");
        personnes.enTantQue(BENEFICIAIRE, () -> reclamations.donnerAvis(reclamation, false, "Rien ne change."));
        var saisine = personnes.enTantQue(BENEFICIAIRE,
                () -> mediation.saisir(new NouvelleSaisine(reclamation, "Je demande une médiation."))).id();
        var contestee = reclamationRepondue("Rendez-vous annulé deux fois.");
        personnes.enTantQue(BENEFICIAIRE, () -> reclamations.donnerAvis(contestee, false, "Pas d’excuse."));
        var enquete = EnquetesDeTest.creer(contexte, beneficiaire, null, personnes.site("Strasbourg"));
        return new Donnees(action, fil, livrable, aSigner, reclamation, contestee, saisine,
                enquete);
    }

    /** A réclamation of Thomas, filed online and answered by the correspondant of his site. */
    private UUID reclamationRepondue(String faits) {
        var id = personnes.enTantQue(BENEFICIAIRE, () -> reclamations.deposer(
                new NouvelleReclamation("ACCUEIL", faits, null, List.of()))).id();
        personnes.enTantQue("nadia.benali", () -> reclamations.envoyerReponse(id, "Nous vous rappelons demain."));
        return id;
    }

    /** Every route of the registry whose layout chain contains PortailLayout, by template. */
    private Map<String, Class<?>> routesDuPortail() {
        var registre = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
        var routes = new TreeMap<String, Class<?>>();
        for (RouteData route : registre.getRegisteredRoutes()) {
            if (route.getParentLayouts().contains(PortailLayout.class)) {
                routes.put(route.getTemplate(), route.getNavigationTarget());
            }
        }
        return routes;
    }

    @Test
    void chaque_page_du_portail_dit_le_mediateur_au_pied_avec_un_lien_vers_sa_page() throws Exception {
        var anonyme = telephone();
        // The first request starts Vaadin, which fills the route registry.
        Pages.ouvrir(anonyme, url("/"));
        var routes = routesDuPortail();
        // The HTML-first pages (DD020) have their own walk: shared.web.PagesHtmlIT.
        assertThat(routes).as("les routes du gabarit PortailLayout").containsKeys("mon-espace", "inscription");

        var thomas = telephone();
        connecterDemo(thomas, BENEFICIAIRE);
        var donnees = donneesDeThomas();

        var verificateur = new AccessAnnotationChecker();
        Principal principal = UsernamePasswordAuthenticationToken.authenticated("x", null, List.of());
        var visitees = new TreeMap<String, String>();
        var manques = new ArrayList<String>();
        Page enChemin = null;
        for (var route : routes.entrySet()) {
            var gabarit = route.getKey();
            if (NON_VISITEES.containsKey(gabarit)) {
                continue;
            }
            String chemin;
            if (gabarit.contains(":")) {
                var parametre = PARAMETRES.get(gabarit);
                if (parametre == null) {
                    manques.add(gabarit + " : route à paramètre sans donnée dans PARAMETRES ni raison dans NON_VISITEES");
                    continue;
                }
                chemin = parametre.apply(donnees);
            } else {
                chemin = gabarit;
            }
            Page page;
            String qui;
            if (verificateur.hasAccess(route.getValue(), null, r -> false)) {
                page = anonyme;
                qui = "anonyme";
            } else if (verificateur.hasAccess(route.getValue(), principal, r -> Role.BENEFICIAIRE.name().equals(r))) {
                page = thomas;
                qui = BENEFICIAIRE;
            } else {
                manques.add(gabarit + " : ni publique ni ouverte aux bénéficiaires, à visiter avec une autre personne "
                        + "ou à justifier dans NON_VISITEES");
                continue;
            }
            var parcours = PARCOURS.get(gabarit);
            if (parcours != null) {
                if (enChemin == null) {
                    enChemin = petitTelephone();
                    PremierContact.jusquAuxCreneaux(enChemin, url("/rendez-vous"), 1, 2, "67000");
                }
                page = enChemin;
                parcours.accept(page, url(""));
            } else {
                Pages.ouvrir(page, url("/" + chemin));
            }
            var arrivee = page.url().substring(url("").length());
            if (!sansRequete(arrivee).equals(sansRequete("/" + chemin))) {
                manques.add(gabarit + " : renvoie vers " + arrivee + " ; donnez son parcours dans PARCOURS ou sa "
                        + "raison dans NON_VISITEES");
            }
            visitees.put(gabarit, qui + " → " + arrivee);
            Pages.capturer(page, "mediateur/pages/" + (gabarit.isEmpty() ? "accueil" : gabarit.replaceAll("[/:]+", "-")));
            manques.addAll(piedSansMediateur(page, "/" + chemin + " (" + qui + ", arrivée sur " + arrivee + ")"));
        }

        // The error pages (unknown address) have the same layout.
        var introuvable = anonyme.navigate(url("/page-qui-n-existe-pas-" + UUID.randomUUID()));
        assertThat(introuvable.status()).isEqualTo(404);
        Pages.attendreVaadin(anonyme);
        manques.addAll(piedSansMediateur(anonyme, "page introuvable"));
        visitees.put("(page introuvable)", "anonyme");

        var rapport = new StringBuilder("# Pages du gabarit PortailLayout ouvertes (MediateurSurChaquePageIT)\n\n");
        visitees.forEach((route, comment) -> rapport.append("- `").append(route).append("` : ").append(comment)
                .append('\n'));
        NON_VISITEES.forEach((route, raison) -> rapport.append("- `").append(route).append("` non ouverte : ")
                .append(raison).append('\n'));
        Files.createDirectories(Path.of("target", "mediateur"));
        Files.writeString(Path.of("target", "mediateur", "pages.md"), rapport);

        assertThat(manques).as("pages dont le pied ne dit pas le médiateur (ou non visitées sans raison)").isEmpty();
        var oubliees = new TreeSet<>(routes.keySet());
        oubliees.removeAll(visitees.keySet());
        oubliees.removeAll(NON_VISITEES.keySet());
        assertThat(oubliees).as("routes PortailLayout ni visitées ni listées dans NON_VISITEES").isEmpty();
        var perimees = new TreeSet<>(NON_VISITEES.keySet());
        perimees.removeAll(routes.keySet());
        assertThat(perimees).as("NON_VISITEES nomme des routes qui n’existent plus").isEmpty();
        assertThat(visitees).as("au moins les pages publiques et celles de la personne").hasSizeGreaterThan(20);
    }

    private static String sansRequete(String chemin) {
        var i = chemin.indexOf('?');
        return i < 0 ? chemin : chemin.substring(0, i);
    }

    /** What the footer of the page lacks: the médiateur's name and role, and the link to their page. */
    private static List<String> piedSansMediateur(Page page, String nom) {
        var manques = new ArrayList<String>();
        var pied = page.locator("footer.pc-pied");
        if (pied.count() != 1) {
            manques.add(nom + " : pas de pied de page (footer.pc-pied)");
            return manques;
        }
        var texte = pied.innerText().replaceAll("\\s+", " ");
        for (var attendu : List.of("médiateur de France compétences", "indépendante et neutre", "réclamation")) {
            if (!texte.contains(attendu)) {
                manques.add(nom + " : le pied ne dit pas « " + attendu + " » (" + texte + ")");
            }
        }
        var lien = pied.locator("a[href='mediateur'], a[href='/mediateur']");
        if (lien.count() != 1 || !lien.isVisible()) {
            manques.add(nom + " : le pied n’a pas de lien visible vers la page du médiateur");
        }
        return manques;
    }

    @Test
    void la_page_du_mediateur_dit_qui_il_est_la_reclamation_d_abord_les_delais_et_comment_le_saisir() {
        var page = petitTelephone();
        Pages.ouvrir(page, url("/"));
        assertThat(page.locator("footer.pc-pied a[href='/mediateur']")).isVisible();
        page.locator("footer.pc-pied a[href='/mediateur']").click();
        page.waitForURL(Pattern.compile(".*/mediateur$"));
        Pages.attendreVaadin(page);
        assertThat(page.locator("h1")).hasText("Le médiateur de France compétences");
        var contenu = page.locator("#mediateur");
        assertThat(contenu).containsText("tiers");
        assertThat(contenu).containsText("indépendant, neutre et impartial");
        assertThat(contenu).containsText("D’abord, une réclamation auprès de nous");
        assertThat(page.locator("#mediateur-delais")).containsText("accusé de réception sous 7 jours");
        assertThat(page.locator("#mediateur-delais")).containsText("au plus tard 45 jours");
        assertThat(page.locator("#mediateur-quand")).containsText("45 jours");
        var facons = page.locator("#mediateur-saisir li");
        assertThat(facons).hasCount(3);
        assertThat(facons.nth(0)).containsText("Depuis votre espace, en une étape");
        assertThat(facons.nth(1)).containsText("France compétences, Le médiateur, 11 rue Scribe, 75009 Paris");
        assertThat(facons.nth(2)).containsText("formulaire du médiateur");
        assertThat(facons.nth(2).locator("a")).hasAttribute("href", "https://www.francecompetences.fr");
        // Without an account: the public réclamation (the address is confirmed by a code there).
        assertThat(page.locator("#mediateur-reclamation")).hasAttribute("href", "/reclamation");
        assertThat(page.locator("#mediateur-reclamation")).hasText("Faire une réclamation");
        assertThat(page.locator("#mediateur-mes-reclamations")).hasCount(0);
        Pages.verifierSansDefilementHorizontal(page, "médiateur, 360 px");
        Pages.verifierPage(page, "mediateur/01-page-du-mediateur-360");

        var connecte = petitTelephone();
        connecterDemo(connecte, BENEFICIAIRE);
        Pages.ouvrir(connecte, url("/mediateur"));
        assertThat(connecte.locator("#mediateur-reclamation")).hasAttribute("href", "/mes-reclamations");
        assertThat(connecte.locator("#mediateur-mes-reclamations")).hasAttribute("href", "/mes-reclamations");
        Pages.verifierSansDefilementHorizontal(connecte, "médiateur connecté, 360 px");
        Pages.verifierPage(connecte, "mediateur/02-page-du-mediateur-connecte-360");
    }
}
