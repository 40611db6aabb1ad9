package fr.portailcep.test;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

/** Signing in on the sign-in page with the code received by courriel, as a person would. */
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
        page.locator("#email input").fill(email);
        page.locator("#envoyer-code").click();
        Pages.attendreVaadin(page);
        page.locator("#code input").fill(SmtpDeTest.code(SmtpDeTest.attendre(email, rangCourriel)));
        page.locator("#valider-code").click();
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
