package fr.portailcep.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/**
 * What every browser test does with a page: wait for Vaadin (and check its Content-Security-Policy, see
 * {@link SurveillanceCsp}), take a screenshot, check accessibility.
 */
public final class Pages {

    private static final Path CAPTURES = Path.of("target", "captures");

    private Pages() {
    }

    /**
     * Waits until Vaadin has answered every request (the page is stable), then checks that its documents carried
     * a Content-Security-Policy and that Chromium reported no violation of it.
     */
    public static void attendreVaadin(Page page) {
        page.waitForLoadState(LoadState.LOAD);
        if (estHtml(page)) {
            // An HTML-first page (DD020): nothing more to wait for once loaded.
            SurveillanceCsp.verifier(page);
            return;
        }
        page.waitForFunction("() => { const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                + " if (!c || Object.keys(c).length === 0) return false;"
                + " return Object.values(c).every(x => !x.isActive || !x.isActive()); }");
        SurveillanceCsp.verifier(page);
    }

    /** An HTML-first page (DD020, layout {@code pages/commun/page.html}), rendered without Vaadin. */
    public static boolean estHtml(Page page) {
        return page.locator("div.pc-portail.pc-html").count() > 0;
    }

    public static void ouvrir(Page page, String url) {
        try {
            page.navigate(url);
        } catch (com.microsoft.playwright.PlaywrightException e) {
            // The page may be navigating by itself at that moment (Vaadin following a session change), which aborts
            // ours ("net::ERR_ABORTED", seen in full runs): once its own has loaded, ours goes again, once.
            if (e.getMessage() == null || !e.getMessage().contains("ERR_ABORTED")) {
                throw e;
            }
            page.waitForLoadState(LoadState.LOAD);
            page.navigate(url);
        }
        attendreVaadin(page);
    }

    /** A full-page screenshot under target/captures/, to be looked at. */
    public static Path capturer(Page page, String nom) {
        var chemin = CAPTURES.resolve(nom + ".png");
        // The header and the bottom navigation stick to the screen; in a full-page picture they would cover the middle.
        page.screenshot(new Page.ScreenshotOptions().setPath(chemin).setFullPage(true)
                .setStyle(".pc-nav, .pc-entete { position: static !important; }"));
        return chemin;
    }

    /**
     * No serious or critical axe violation (WCAG 2.1 A and AA rules). With JavaScript off, axe cannot run in the page
     * itself (its timers never fire: "Resulting promise was garbage collected", or a hang): the same document, as
     * the browser holds it, is served again at the same address to a phone with JavaScript on, and checked there.
     */
    public static void verifierAccessibilite(Page page, String nom) {
        if (Navigateur.sansJavaScript(page.context())) {
            var html = page.content();
            var adresse = page.url();
            var contexte = Navigateur.petitTelephone();
            try {
                var copie = contexte.newPage();
                copie.route(u -> u.equals(adresse), route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                        .setStatus(200).setContentType("text/html; charset=utf-8").setBody(html)));
                copie.navigate(adresse);
                copie.waitForLoadState(LoadState.LOAD);
                analyser(copie, nom);
            } finally {
                contexte.close();
            }
            return;
        }
        analyser(page, nom);
    }

    private static void analyser(Page page, String nom) {
        var resultats = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze();
        var graves = resultats.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        var details = graves.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + ") : " + v.getHelp() + " → "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5)
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(graves).as("Violations axe graves sur « %s » :\n%s", nom, details).isEmpty();
    }

    /** Screenshot and accessibility check in one step, the usual end of a page's visit. */
    public static void verifierPage(Page page, String nom) {
        attendreVaadin(page);
        // A dialog or toast still opening or closing is half transparent: axe would see a contrast failure.
        if (!estHtml(page)) {
            page.waitForFunction("() => !document.querySelector('[opening], [closing]')");
        }
        capturer(page, nom);
        verifierAccessibilite(page, nom);
    }

    /** The horizontal scroll width equals the viewport width: nothing sticks out at 360 px. */
    public static void verifierSansDefilementHorizontal(Page page, String nom) {
        var largeurs = (List<?>) page.evaluate(
                "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        assertThat(((Number) largeurs.get(0)).intValue()).as("Défilement horizontal sur « %s »", nom)
                .isLessThanOrEqualTo(((Number) largeurs.get(1)).intValue());
    }
}
