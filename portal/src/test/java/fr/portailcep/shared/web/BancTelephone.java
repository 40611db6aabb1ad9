package fr.portailcep.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitUntilState;

/**
 * The phone benchmark of issue 12 ({@code ./portail mesures telephone}), not a test: against a running demo
 * portal, Chromium driven through CDP with Lighthouse's "mobile slow 4G" profile (562.5 ms round trip,
 * 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up, CPU slowed 4×, a 412 × 823 screen at 1.75 pixels per point)
 * opens each entry page and the first Vaadin page after sign-in, and prints the median of N runs of:
 * FCP, LCP, CLS, the bytes and the requests of the page.
 * <ul>
 * <li><b>cold</b>: a new browser profile (empty cache, no cookie);</li>
 * <li><b>warm</b>: the page opened once in the same profile, then opened again in a new tab;</li>
 * <li>the bytes and requests are the page's own; what its {@code <link rel="prefetch">} fetches in the background
 * for the Vaadin pages (DD020) is counted apart ("préchargé");</li>
 * <li>the Vaadin page after sign-in: a profile that visited the home page (so holds what it prefetched) is given
 * the session of a demo sign-in made in another profile, then opens the page where that sign-in led ("chaud");
 * "froid" is the same with the browser's cache switched off.</li>
 * </ul>
 * Arguments: the portal's address, the demo account, the number of runs, then the pages (default
 * {@link #PAGES}); a page answering 404 is reported as absent. Run by {@code ./portail mesures telephone}.
 */
public final class BancTelephone {

    /** The entry pages of the public journey measured when none is given. */
    /**
     * A page reached with a request under way (the slots, the contact form, the call-back): measured in a profile
     * that carries the session cookie of an aiguillage answered beforehand, its cache still empty when cold.
     */
    static final String DEMANDE = "demande:";

    /** Stands for the address of the first free slot's contact form, read on the slots page. */
    static final String COORDONNEES = "coordonnees";

    static final List<String> PAGES = List.of("/", "/mediateur", "/rendez-vous", "/connexion",
            "/connexion/lien?jeton=00000000-0000-0000-0000-000000000000&secret=x", "/avis",
            DEMANDE + "/rendez-vous/creneaux", DEMANDE + COORDONNEES, DEMANDE + "/rendez-vous/rappel");

    private static final String CHROMIUM = "/usr/bin/chromium";

    /** Lighthouse's mobile slow 4G, as DevTools throttling takes it. */
    private static final double LATENCE_MS = 562.5;
    private static final double DESCENDANT_OCTETS_S = 1.6 * 1024 * 1024 * 0.9 / 8;
    private static final double MONTANT_OCTETS_S = 750 * 1024 * 0.9 / 8;
    private static final double CPU = 4;

    private static final String OBSERVATEURS = """
            window.__banc = { lcp: 0, cls: 0, derniere: 0 };
            try {
              new PerformanceObserver(l => { for (const e of l.getEntries()) window.__banc.lcp = e.startTime;
                  window.__banc.derniere = performance.now(); })
                .observe({ type: 'largest-contentful-paint', buffered: true });
              new PerformanceObserver(l => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__banc.cls += e.value;
                  window.__banc.derniere = performance.now(); })
                .observe({ type: 'layout-shift', buffered: true });
            } catch (e) { }
            """;

    record Mesure(double fcp, double lcp, double cls, double octets, double requetes, double octetsPrecharges,
            double requetesPrechargees, String adresse) {
    }

    private final String base;
    private final Browser navigateur;

    private BancTelephone(String base, Browser navigateur) {
        this.base = base;
        this.navigateur = navigateur;
    }

    public static void main(String[] arguments) throws Exception {
        var base = arguments.length > 0 ? arguments[0] : "http://localhost:18080";
        var compte = arguments.length > 1 ? arguments[1] : "thomas.petit";
        var fois = arguments.length > 2 ? Integer.parseInt(arguments[2]) : 5;
        var pages = arguments.length > 3 ? List.of(arguments).subList(3, arguments.length) : PAGES;
        try (var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            var navigateur = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(CHROMIUM)).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                            "--disable-component-update", "--disable-sync", "--disable-quic")));
            new BancTelephone(base, navigateur).mesurer(pages, compte, fois);
        }
    }

    private void mesurer(List<String> pages, String compte, int fois) throws Exception {
        System.out.printf(Locale.ROOT, "Mesure téléphone : 4G lente (%.1f ms, %.2f Mbit/s descendant, %.0f kbit/s "
                + "montant), CPU × %.0f, 412 × 823 ; médiane de %d passages.%n", LATENCE_MS,
                DESCENDANT_OCTETS_S * 8 / 1024 / 1024, MONTANT_OCTETS_S * 8 / 1024, CPU, fois);
        var lignes = new ArrayList<String>();
        lignes.add("| page | froid FCP | froid LCP | froid CLS | froid octets (req.) | chaud FCP | chaud LCP "
                + "| chaud CLS | chaud octets (req.) | préchargé en fond |");
        lignes.add("|---|---|---|---|---|---|---|---|---|---|");
        var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        Session demande = null;
        for (var entree : pages) {
            List<com.microsoft.playwright.options.Cookie> cookies = null;
            var chemin = entree;
            if (entree.startsWith(DEMANDE)) {
                if (demande == null) {
                    demande = demande();
                }
                cookies = demande.cookies();
                chemin = entree.substring(DEMANDE.length());
                chemin = COORDONNEES.equals(chemin) ? demande.adresse() : chemin;
            } else {
                var statut = client.send(HttpRequest.newBuilder(URI.create(base + chemin)).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (statut == 404) {
                    System.out.println(chemin + " : absente (404), non mesurée.");
                    continue;
                }
            }
            var froid = new ArrayList<Mesure>();
            var chaud = new ArrayList<Mesure>();
            for (var i = 0; i < fois; i++) {
                froid.add(aFroid(chemin, cookies));
                chaud.add(aChaud(chemin, cookies));
            }
            var ligne = ligne(chemin, froid, chaud);
            System.out.println(ligne);
            lignes.add(ligne);
        }
        var session = connexionDemo(compte);
        var froid = new ArrayList<Mesure>();
        var chaud = new ArrayList<Mesure>();
        for (var i = 0; i < fois; i++) {
            froid.add(premierePageVaadin(session, false));
            chaud.add(premierePageVaadin(session, true));
        }
        var ligne = ligne("1ʳᵉ page Vaadin après connexion (" + session.adresse() + ")", froid, chaud);
        System.out.println(ligne);
        lignes.add(ligne);
        System.out.println();
        System.out.println("Tableau (FCP et LCP en secondes, octets transférés en Ko) :");
        lignes.forEach(System.out::println);
        System.out.println("Fin de la mesure.");
    }

    private BrowserContext profil() {
        return navigateur.newContext(new Browser.NewContextOptions().setViewportSize(412, 823)
                .setDeviceScaleFactor(1.75).setIsMobile(true).setHasTouch(true).setLocale("fr-FR"));
    }

    private Mesure aFroid(String chemin, List<com.microsoft.playwright.options.Cookie> cookies) {
        try (var profil = profil()) {
            if (cookies != null) {
                profil.addCookies(cookies);
            }
            return ouvrir(profil, chemin, false);
        }
    }

    private Mesure aChaud(String chemin, List<com.microsoft.playwright.options.Cookie> cookies) {
        try (var profil = profil()) {
            if (cookies != null) {
                profil.addCookies(cookies);
            }
            var premiere = profil.newPage();
            premiere.navigate(base + chemin, new Page.NavigateOptions().setWaitUntil(WaitUntilState.LOAD));
            premiere.waitForLoadState(LoadState.NETWORKIDLE);
            premiere.close();
            return ouvrir(profil, chemin, false);
        }
    }

    /** A demo sign-in in a profile of its own: its cookies, and where it led. */
    record Session(List<com.microsoft.playwright.options.Cookie> cookies, String adresse) {
    }

    /**
     * The aiguillage answered once, without throttling (a salaried person of the private sector): its session
     * cookie, and the address of the first free slot's contact form.
     */
    private Session demande() {
        try (var profil = profil()) {
            var page = profil.newPage();
            page.navigate(base + "/rendez-vous");
            for (var choix : List.of("situation:0", "employeur:0", "cadre:1", "age:1", "handicap:1", "dejaSuivi:1",
                    "motif:2")) {
                var morceaux = choix.split(":");
                page.locator("fieldset#" + morceaux[0] + " .pc-option label").nth(Integer.parseInt(morceaux[1]))
                        .click();
            }
            page.locator("#codePostalDomicile").fill("67000");
            page.locator("#continuer").click();
            page.waitForURL(u -> u.contains("/rendez-vous/creneaux"), new Page.WaitForURLOptions().setTimeout(60_000));
            var creneau = page.locator(".pc-creneau").first().getAttribute("href");
            return new Session(profil.cookies(), creneau);
        }
    }

    private Session connexionDemo(String compte) {
        try (var profil = profil()) {
            var page = profil.newPage();
            page.navigate(base + "/connexion");
            page.locator("#demo-" + compte.replace('.', '-')).click();
            page.waitForURL(u -> !u.contains("/connexion"), new Page.WaitForURLOptions().setTimeout(60_000));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            var adresse = URI.create(page.url()).getRawPath();
            return new Session(profil.cookies(), adresse);
        }
    }

    private Mesure premierePageVaadin(Session session, boolean prechargee) {
        try (var profil = profil()) {
            var accueil = profil.newPage();
            accueil.navigate(base + "/", new Page.NavigateOptions().setWaitUntil(WaitUntilState.LOAD));
            accueil.waitForLoadState(LoadState.NETWORKIDLE);
            accueil.close();
            profil.addCookies(session.cookies());
            return ouvrir(profil, session.adresse(), !prechargee);
        }
    }

    /** Opens the page in a new tab of the profile, throttled, and reads what it cost. */
    private Mesure ouvrir(BrowserContext profil, String chemin, boolean sansCache) {
        var page = profil.newPage();
        page.addInitScript(OBSERVATEURS);
        CDPSession cdp = profil.newCDPSession(page);
        var adresses = new HashMap<String, String>();
        var octets = new HashMap<String, Double>();
        cdp.on("Network.requestWillBeSent", e -> adresses.put(e.get("requestId").getAsString(),
                e.getAsJsonObject("request").get("url").getAsString()));
        cdp.on("Network.loadingFinished", e -> octets.merge(e.get("requestId").getAsString(),
                e.get("encodedDataLength").getAsDouble(), Double::sum));
        cdp.send("Network.enable");
        if (sansCache) {
            cdp.send("Network.setCacheDisabled", objet(Map.of("cacheDisabled", true)));
        }
        cdp.send("Network.emulateNetworkConditions", objet(Map.of("offline", false, "latency", LATENCE_MS,
                "downloadThroughput", DESCENDANT_OCTETS_S, "uploadThroughput", MONTANT_OCTETS_S)));
        cdp.send("Emulation.setCPUThrottlingRate", objet(Map.of("rate", CPU)));
        page.navigate(base + chemin, new Page.NavigateOptions().setWaitUntil(WaitUntilState.LOAD)
                .setTimeout(180_000));
        page.waitForLoadState(LoadState.NETWORKIDLE, new Page.WaitForLoadStateOptions().setTimeout(180_000));
        // A Vaadin page paints after its scripts have run, which can be seconds after the network fell quiet
        // (CPU slowed 4x): the page is done when it has painted its content and nothing has changed for 2 s.
        page.waitForFunction("() => performance.getEntriesByName('first-contentful-paint').length > 0"
                + " && performance.now() - Math.max(window.__banc.derniere, 0) > 2000", null,
                new Page.WaitForFunctionOptions().setTimeout(180_000).setPollingInterval(250));
        page.waitForLoadState(LoadState.NETWORKIDLE, new Page.WaitForLoadStateOptions().setTimeout(180_000));
        @SuppressWarnings("unchecked")
        var prechargees = new HashSet<>((List<String>) page.evaluate(
                "() => [...document.querySelectorAll('link[rel=prefetch]')].map(l => l.href)"));
        var fcp = ((Number) page.evaluate("() => performance.getEntriesByName('first-contentful-paint')[0]"
                + "?.startTime ?? 0")).doubleValue();
        var lcp = ((Number) page.evaluate("() => window.__banc.lcp")).doubleValue();
        var cls = ((Number) page.evaluate("() => window.__banc.cls")).doubleValue();
        var adresse = URI.create(page.url()).getRawPath();
        if (System.getenv("BANC_DETAIL") != null) {
            System.err.println(chemin + " -> " + page.url() + " : " + page.evaluate(
                    "() => JSON.stringify(performance.getEntriesByType('paint').map(e => e.name + ' ' + e.startTime))"
                    + " + ' ' + JSON.stringify(window.__banc) + ' ' + document.visibilityState"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "banc-"
                    + chemin.replaceAll("[^a-z0-9]+", "-") + ".png")));
        }
        page.close();
        double propres = 0;
        double enFond = 0;
        int requetes = 0;
        int requetesEnFond = 0;
        for (var requete : adresses.entrySet()) {
            var taille = octets.getOrDefault(requete.getKey(), 0.0);
            if (System.getenv("BANC_DETAIL") != null && taille > 0) {
                System.err.printf(Locale.ROOT, "  %7.0f %s%n", taille, requete.getValue());
            }
            if (prechargees.contains(requete.getValue())) {
                enFond += taille;
                requetesEnFond++;
            } else {
                propres += taille;
                requetes++;
            }
        }
        return new Mesure(fcp / 1000, lcp / 1000, cls, propres / 1024, requetes, enFond / 1024, requetesEnFond,
                adresse);
    }

    private static JsonObject objet(Map<String, Object> valeurs) {
        var objet = new JsonObject();
        valeurs.forEach((cle, valeur) -> {
            if (valeur instanceof Boolean b) {
                objet.addProperty(cle, b);
            } else {
                objet.addProperty(cle, (Number) valeur);
            }
        });
        return objet;
    }

    private static String ligne(String page, List<Mesure> froid, List<Mesure> chaud) {
        var arrivee = froid.getFirst().adresse();
        var nom = arrivee.equals(page) || page.startsWith("1") ? page : page + " → " + arrivee;
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.3f | %.0f (%.0f) | %.2f | %.2f | %.3f | %.0f (%.0f) "
                + "| %.0f Ko (%.0f) |", nom,
                mediane(froid, Mesure::fcp), mediane(froid, Mesure::lcp), mediane(froid, Mesure::cls),
                mediane(froid, Mesure::octets), mediane(froid, Mesure::requetes),
                mediane(chaud, Mesure::fcp), mediane(chaud, Mesure::lcp), mediane(chaud, Mesure::cls),
                mediane(chaud, Mesure::octets), mediane(chaud, Mesure::requetes),
                mediane(froid, Mesure::octetsPrecharges), mediane(froid, Mesure::requetesPrechargees));
    }

    static double mediane(List<Mesure> mesures, ToDoubleFunction<Mesure> valeur) {
        var valeurs = mesures.stream().mapToDouble(valeur).sorted().toArray();
        var milieu = valeurs.length / 2;
        return valeurs.length % 2 == 1 ? valeurs[milieu] : (valeurs[milieu - 1] + valeurs[milieu]) / 2;
    }
}
