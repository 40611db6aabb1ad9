package fr.portailcep.test;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Signing in with the code received by courriel, as a person would: on the sign-in page ({@code /connexion},
 * HTML-first, two forms) or on a Vaadin page that asks a code ({@code /inscription}, the public réclamation). The
 * same ids on both: {@code #email}, {@code #envoyer-code}, {@code #code-envoye}, {@code #code}, {@code #valider-code}.
 */
public final class ConnexionParCode {

    private ConnexionParCode() {
    }

    /**
     * Asks a code for this address and types the one of its {@code rangCourriel}-th courriel (1 = first).
     *
     * @param adresseConnexion the sign-in page ({@code url("/connexion")})
     */
    public static void saisir(Page page, String adresseConnexion, String email, int rangCourriel) {
        Pages.ouvrir(page, adresseConnexion);
        demander(page, email);
        taper(page, SmtpDeTest.code(SmtpDeTest.attendre(email, rangCourriel)));
    }

    /** Types the address in the page open and asks a code; the page then says where it was sent. */
    public static void demander(Page page, String email) {
        champ(page, "email").fill(email);
        cliquer(page, "#envoyer-code");
    }

    /** Types a code in the page open (the second step) and sends it. */
    public static void taper(Page page, String code) {
        champ(page, "code").fill(code);
        cliquer(page, "#valider-code");
    }

    /** The native input of a field: the field itself on an HTML page, inside the Vaadin component otherwise. */
    public static Locator champ(Page page, String id) {
        return page.locator("input#" + id + ", #" + id + " input").first();
    }

    /** The text said beside a field (the field, its help and its refusal). */
    public static Locator autourDe(Page page, String id) {
        return page.locator(".pc-champ:has(> input#" + id + "), vaadin-text-field#" + id + ", vaadin-email-field#" + id)
                .first();
    }

    /** Clicks a button and waits for its answer: the next page of an HTML form, or Vaadin's answer. */
    public static void cliquer(Page page, String bouton) {
        if (Pages.estHtml(page)) {
            page.waitForNavigation(() -> page.locator(bouton).click());
        } else {
            page.locator(bouton).click();
        }
        Pages.attendreVaadin(page);
    }

    /**
     * A person without a passkey signs in with the code of their first courriel and lands on the offer of a passkey
     * (a new bénéficiaire's first sign-in).
     */
    public static void premiereConnexion(Page page, String adresseConnexion, String email) {
        saisir(page, adresseConnexion, email, 1);
        page.waitForURL(OFFRE_DE_CLE);
        Pages.attendreVaadin(page);
    }

    /** The page that offers a new person to create a passkey, after their first sign-in. */
    public static final Pattern OFFRE_DE_CLE = Pattern.compile(".*/bienvenue/cle-acces$");
}
