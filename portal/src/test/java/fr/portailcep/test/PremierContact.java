package fr.portailcep.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

import org.apache.catalina.Context;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Page;

import fr.portailcep.rendezvous.ContexteDemande;

/**
 * The aiguillage of the public site ({@code /rendez-vous}, an HTML-first page), answered in a browser test as a
 * person would: with JavaScript or without it.
 */
public final class PremierContact {

    private PremierContact() {
    }

    /**
     * Picks the answer of rank {@code rang} (0 = first) of a question of radio buttons: {@code situation},
     * {@code employeur}, {@code cadre}, {@code age}, {@code handicap}, {@code dejaSuivi} (or {@code deja-suivi}, its
     * former id), {@code motif}.
     */
    public static void choisir(Page page, String question, int rang) {
        var nom = "deja-suivi".equals(question) ? "dejaSuivi" : question;
        // The label: the radio button itself is small, the whole line is the target a person taps.
        page.locator("fieldset#" + nom + " .pc-option label").nth(rang).click();
    }

    /**
     * A salaried person of the private sector, with no disability and followed nowhere else, answers every question
     * (without pressing "continue").
     *
     * @param cadre whether they are a cadre (the Apec fits them better)
     * @param age the rank of their age band, {@code motif} of their reason
     */
    public static void salarieDuPrive(Page page, boolean cadre, int age, int motif, String codePostal) {
        choisir(page, "situation", 0);
        choisir(page, "employeur", 0);
        choisir(page, "cadre", cadre ? 0 : 1);
        choisir(page, "age", age);
        choisir(page, "handicap", 1);
        choisir(page, "dejaSuivi", 1);
        choisir(page, "motif", motif);
        page.locator("#codePostalDomicile").fill(codePostal);
    }

    /**
     * A salaried person of the private sector, not a cadre, with no disability and followed nowhere else, answers
     * the aiguillage up to the free slots.
     *
     * @param adresse the aiguillage's address ({@code url("/rendez-vous")})
     * @param age the rank of their age band, {@code motif} of their reason
     */
    public static void jusquAuxCreneaux(Page page, String adresse, int age, int motif, String codePostal) {
        Pages.ouvrir(page, adresse);
        salarieDuPrive(page, false, age, motif, codePostal);
        page.locator("#continuer").click();
        page.waitForURL(Pattern.compile(".*/rendez-vous/creneaux$"));
        Pages.attendreVaadin(page);
    }

    /**
     * The context of the request the aiguillage has put in the HTTP session of this browser (DD020: attribute
     * {@code ContexteDemande.class.getName()}), read from the server's own session; null if none.
     */
    public static ContexteDemande contextePose(Page page, ApplicationContext spring) {
        var cookie = page.context().cookies().stream().filter(c -> "JSESSIONID".equals(c.name)).findFirst();
        if (cookie.isEmpty()) {
            return null;
        }
        var tomcat = ((TomcatWebServer) ((WebServerApplicationContext) spring).getWebServer()).getTomcat();
        try {
            var session = ((Context) tomcat.getHost().findChildren()[0]).getManager().findSession(cookie.get().value);
            return session == null ? null
                    : (ContexteDemande) session.getSession().getAttribute(ContexteDemande.class.getName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
