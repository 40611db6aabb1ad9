package fr.portailcep.accueil;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;

/** Each role lands on its own home, readable by everyone; a bénéficiaire never reaches a staff page. */
class AccueilsParRoleIT extends PortailIT {

    @Test
    void l_accueil_public_presente_le_service_et_le_mediateur_sur_un_petit_telephone() {
        var page = petitTelephone();
        Pages.ouvrir(page, url("/"));
        assertThat(page.locator("h1")).hasText("Faire le point sur votre vie professionnelle");
        assertThat(page.locator("footer")).containsText("médiateur de France compétences");
        Pages.verifierSansDefilementHorizontal(page, "accueil public");
        Pages.verifierPage(page, "accueil/00-public-360");

        Pages.ouvrir(page, url("/mediateur"));
        assertThat(page.locator("h1")).hasText("Le médiateur de France compétences");
        Pages.verifierPage(page, "accueil/01-mediateur-360");
    }

    @Test
    void un_beneficiaire_arrive_sur_son_espace_au_telephone() {
        var page = telephone();
        connecterDemo(page, "thomas.petit");
        Pages.ouvrir(page, url("/mon-espace"));
        assertThat(page.locator("h1")).hasText("Bonjour Thomas");
        assertThat(page.locator("nav.pc-nav")).containsText("Accueil");
        assertThat(page.locator("footer")).containsText("médiateur de France compétences");
        Pages.verifierSansDefilementHorizontal(page, "mon espace");
        Pages.verifierPage(page, "accueil/10-beneficiaire");
    }

    @ParameterizedTest
    @CsvSource({
            "julien.weber,  /conseiller, Bonjour Julien, 20-conseiller",
            "nadia.benali,  /pilotage,   Bonjour Nadia,  30-manager",
            "marc.lefevre,  /mediation,  Bonjour Marc,   40-mediateur",
    })
    void chaque_professionnel_arrive_sur_son_accueil(String personne, String accueil, String titre, String capture) {
        var page = bureau();
        connecterDemo(page, personne);
        assertThat(page).hasURL(Pattern.compile(".*" + accueil + "$"));
        assertThat(page.locator("h1")).hasText(titre);
        Pages.verifierPage(page, "accueil/" + capture);
    }

    @ParameterizedTest
    @CsvSource({"/conseiller", "/pilotage", "/mediation", "/espace-pro/compte"})
    void un_beneficiaire_qui_ouvre_une_page_professionnelle_est_refuse(String chemin) {
        var page = telephone();
        connecterDemo(page, "camille.martin");
        Pages.ouvrir(page, url(chemin));
        assertThat(page.locator("#acces-refuse")).hasText("Cette page ne vous est pas destinée");
        assertThat(page.locator("body")).not().containsText("Bonjour Julien");
        if ("/pilotage".equals(chemin)) {
            Pages.verifierPage(page, "accueil/50-acces-refuse");
        }
    }

    @Test
    void un_conseiller_ne_voit_pas_l_accueil_du_manager() {
        var page = bureau();
        connecterDemo(page, "julien.weber");
        Pages.ouvrir(page, url("/pilotage"));
        assertThat(page.locator("#acces-refuse")).isVisible();
    }

    @Test
    void une_personne_non_connectee_est_envoyee_a_la_connexion() {
        var page = telephone();
        Pages.ouvrir(page, url("/conseiller"));
        assertThat(page).hasURL(Pattern.compile(".*/connexion$"));
        assertThat(page.locator("h1")).hasText("Se connecter");
    }

    @Test
    void au_clavier_le_premier_arret_mene_au_contenu_de_la_page() {
        var page = telephone();
        Pages.ouvrir(page, url("/connexion"));
        // The passkey button is enabled by the page's script (HTML-first page, DD020).
        page.locator("#connexion-cle[data-pret]").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Aller au contenu");
        page.keyboard().press("Enter");
        // Enter on the link only moves the focus: no form is sent, nothing takes the focus back afterwards.
        Pages.attendreVaadin(page);
        // An HTML page: the link moves to its target, the address gets its "#contenu".
        assertThat(page).hasURL(Pattern.compile(".*/connexion(#contenu)?$"));
        assertThat(page.locator("main#contenu")).isFocused();
        assertThat(page.locator("#email")).not().hasAttribute("aria-invalid", "true");
        page.keyboard().press("Tab");
        Pages.attendreVaadin(page);
        assertThat(page.locator("#connexion-cle")).isFocused();
    }
}
