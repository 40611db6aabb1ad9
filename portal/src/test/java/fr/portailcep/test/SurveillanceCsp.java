package fr.portailcep.test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/**
 * Watches every page a browser test opens: the document of each navigation must carry a Content-Security-Policy
 * header, and Chromium must report no violation of it, neither in the console ("… violates the following Content
 * Security Policy directive", "Refused to …") nor as a {@code securitypolicyviolation} event in any frame.
 * {@link #verifier(Page)} fails the test otherwise; {@link Pages#attendreVaadin(Page)} and the end of each test
 * call it.
 */
public final class SurveillanceCsp {

    private static final String LIAISON = "__portailViolationCsp";

    /** Reports each violation to the test, from every frame and every document, before the page's own scripts. */
    private static final String ECOUTE = """
            document.addEventListener('securitypolicyviolation', e => {
              try {
                window.%s([e.violatedDirective, e.blockedURI, e.sourceFile + ':' + e.lineNumber,
                    (e.sample || '').slice(0, 80), document.location.href].join(' | '));
              } catch (ignoree) {}
            }, true);
            """.formatted(LIAISON);

    private record Suivi(List<String> violations, List<Response> documents) {
    }

    private static final Map<Page, Suivi> PAGES = new ConcurrentHashMap<>();

    private SurveillanceCsp() {
    }

    /** Prepares a new browser context: every page opened in it is watched. */
    public static BrowserContext surveiller(BrowserContext contexte) {
        contexte.exposeBinding(LIAISON, (source, arguments) -> {
            suivi(source.page()).violations().add("événement securitypolicyviolation : " + arguments[0]);
            return null;
        });
        contexte.addInitScript(ECOUTE);
        contexte.onPage(SurveillanceCsp::suivre);
        return contexte;
    }

    private static void suivre(Page page) {
        var suivi = suivi(page);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                suivi.violations().add("console : " + message.text());
            }
        });
        page.onResponse(reponse -> {
            if (reponse.request().isNavigationRequest()) {
                suivi.documents().add(reponse);
            }
        });
        page.onClose(p -> PAGES.remove(p));
    }

    private static Suivi suivi(Page page) {
        return PAGES.computeIfAbsent(page, p -> new Suivi(new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>()));
    }

    /** The violations reported so far on this page (its events are read first). */
    public static List<String> violations(Page page) {
        lireLesEvenements(page);
        return List.copyOf(suivi(page).violations());
    }

    /** The documents received so far without a Content-Security-Policy header. */
    public static List<String> documentsSansPolitique(Page page) {
        lireLesEvenements(page);
        return suivi(page).documents().stream()
                // The portal's own documents (not about:blank, data: or a page of another site).
                .filter(r -> r.url().matches("https?://(localhost|127\\.0\\.0\\.1)(:\\d+)?/.*"))
                .filter(r -> r.allHeaders().get("content-security-policy") == null)
                .map(r -> r.status() + " " + r.url())
                .toList();
    }

    /** Fails when a document of this page came without the header or when Chromium reported a violation. */
    public static void verifier(Page page) {
        if (page.isClosed()) {
            return;
        }
        var sansPolitique = documentsSansPolitique(page);
        var violations = violations(page);
        if (!sansPolitique.isEmpty() || !violations.isEmpty()) {
            var message = new StringBuilder("Politique de sécurité du contenu (CSP) sur " + page.url() + " :");
            sansPolitique.forEach(d -> message.append("\n  document sans en-tête Content-Security-Policy : ").append(d));
            violations.forEach(v -> message.append("\n  violation : ").append(v));
            oublier(page);
            throw new AssertionError(message.toString());
        }
    }

    /** Forgets what was seen on this page (for the test that checks this watch itself). */
    public static void oublier(Page page) {
        var suivi = suivi(page);
        suivi.violations().clear();
        suivi.documents().clear();
    }

    /** A round trip to the browser, so that the events it sent before are handled. */
    private static void lireLesEvenements(Page page) {
        if (!page.isClosed()) {
            try {
                page.evaluate("() => 0");
            } catch (RuntimeException navigationEnCours) {
                // The page is navigating: its events are read at the next check.
            }
        }
    }
}
