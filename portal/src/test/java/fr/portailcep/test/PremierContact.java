package fr.portailcep.test;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

/** The aiguillage of the public site, answered in a browser test as a person would. */
public final class PremierContact {

    private PremierContact() {
    }

    /** Picks the answer of rank {@code rang} (0 = first) of a question of radio buttons. */
    public static void choisir(Page page, String question, int rang) {
        page.locator("#" + question + " vaadin-radio-button").nth(rang).click();
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
        choisir(page, "situation", 0);
        Pages.attendreVaadin(page);
        choisir(page, "employeur", 0);
        Pages.attendreVaadin(page);
        choisir(page, "cadre", 1);
        choisir(page, "age", age);
        choisir(page, "handicap", 1);
        choisir(page, "deja-suivi", 1);
        choisir(page, "motif", motif);
        page.locator("#cp-domicile input").fill(codePostal);
        page.locator("#continuer").click();
        page.waitForURL(Pattern.compile(".*/rendez-vous/creneaux$"));
        Pages.attendreVaadin(page);
    }
}
