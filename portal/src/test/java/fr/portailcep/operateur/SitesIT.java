package fr.portailcep.operateur;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.CompteService;
import fr.portailcep.rendezvous.CreneauPropose;
import fr.portailcep.rendezvous.CreneauxService;
import fr.portailcep.rendezvous.FiltreCreneaux;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;

/**
 * The manager's sites page: a new site is added, corrected after a wrong postal code, then deactivated; a demo site
 * is closed two days (its slots are no longer offered those days) and reopened; a conseiller is refused the page.
 * The demo sites are left as they were: other tests book slots there.
 */
class SitesIT extends PortailIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter SAISIE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String METZ = "Metz – Gare (test)";

    @Autowired
    OperateurService operateurs;

    @Autowired
    SitesService sites;

    @Autowired
    CreneauxService creneaux;

    @Autowired
    CompteService comptes;

    @Autowired
    JdbcClient jdbc;

    /** Whatever happened, the demo sites stay open and the test's own site inactive. */
    @AfterEach
    void remettreLesSites() {
        SecurityContextHolder.clearContext();
        jdbc.sql("delete from fermeture where site_id is not null and motif = 'Inventaire (test)'").update();
        jdbc.sql("update site set actif = false where nom like '%(test)'").update();
    }

    @Test
    void le_manager_ajoute_corrige_desactive_un_site_et_ferme_un_site_deux_jours() {
        horloge.regler(Instant.now());
        var manager = bureau();
        connecterDemo(manager, "nadia.benali");
        manager.locator("#gerer-sites").click();
        manager.waitForURL(u -> u.endsWith("/pilotage/sites"));
        Pages.attendreVaadin(manager);
        assertThat(manager.locator("h1")).hasText("Sites");
        assertThat(carte(manager, "Reims – Gare")).containsText("8 boulevard Joffre, 51100 Reims");
        assertThat(carte(manager, "Strasbourg – Centre")).containsText("boucle magnétique");
        Pages.verifierPage(manager, "sites/01-liste");

        // A new site, nothing typed: each required field says what is missing.
        manager.locator("#ajouter-site").click();
        Pages.attendreVaadin(manager);
        manager.locator("#enregistrer-site").click();
        Pages.attendreVaadin(manager);
        assertThat(manager.locator("#site-nom")).hasAttribute("invalid", "");
        assertThat(manager.locator("#site-nom")).containsText("Indiquez le nom du site");
        assertThat(manager.locator("#site-code-postal")).containsText("Indiquez le code postal");
        manager.locator("#site-nom input").fill(METZ);
        manager.locator("#site-adresse input").fill("3 place du Général-de-Gaulle");
        manager.locator("#site-code-postal input").fill("57000");
        manager.locator("#site-commune input").fill("Metz");
        manager.locator("#site-telephone input").fill("0387123456");
        manager.locator("#site-acces textarea").fill("Gare de Metz, sortie place du Général-de-Gaulle.");
        manager.locator("#enregistrer-site").click();
        Pages.attendreVaadin(manager);
        assertThat(carte(manager, METZ)).containsText("3 place du Général-de-Gaulle, 57000 Metz");
        assertThat(carte(manager, METZ)).containsText("Téléphone : 03 87 12 34 56");
        var metz = operateurs.sites().stream().filter(s -> s.nom().equals(METZ)).findFirst().orElseThrow();
        assertThat(metz.departement()).isEqualTo("57");

        // Corrected with a wrong postal code: said beside the field, everything typed kept; fixed, then saved.
        bouton(carte(manager, METZ), "Modifier le site " + METZ).click();
        Pages.attendreVaadin(manager);
        assertThat(manager.locator("#site-adresse input")).hasValue("3 place du Général-de-Gaulle");
        manager.locator("#site-adresse input").fill("1 place de la Gare");
        manager.locator("#site-code-postal input").fill("5700");
        manager.locator("#site-accessibilite textarea").fill("Entrée de plain-pied, ascenseur.");
        manager.locator("#enregistrer-site").click();
        Pages.attendreVaadin(manager);
        assertThat(manager.locator("#site-code-postal")).hasAttribute("invalid", "");
        assertThat(manager.locator("#site-code-postal")).containsText("Le code postal a 5 chiffres");
        assertThat(manager.locator("#site-adresse")).not().hasAttribute("invalid", "");
        assertThat(manager.locator("#site-adresse input")).hasValue("1 place de la Gare");
        assertThat(manager.locator("#site-accessibilite textarea")).hasValue("Entrée de plain-pied, ascenseur.");
        assertThat(manager.locator("#site-code-postal input")).hasValue("5700");
        Pages.verifierPage(manager, "sites/02-fiche-refusee");
        manager.locator("#site-code-postal input").fill("57000");
        manager.locator("#enregistrer-site").click();
        Pages.attendreVaadin(manager);
        assertThat(manager.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(carte(manager, METZ)).containsText("1 place de la Gare, 57000 Metz");
        assertThat(carte(manager, METZ)).containsText("Accessibilité : Entrée de plain-pied, ascenseur.");

        // Reims closed two days: the closure shows, its slots those days are no longer offered.
        var reims = operateurs.sites().stream().filter(s -> s.nom().equals("Reims – Gare")).findFirst().orElseThrow();
        var avant = duSite(reims.id());
        assertThat(avant).isNotEmpty();
        var du = avant.getFirst().debut().atZone(PARIS).toLocalDate();
        var au = du.plusDays(1);
        assertThat(avant).anyMatch(c -> entre(c, du, au));
        bouton(carte(manager, "Reims – Gare"), "Fermer le site Reims – Gare quelques jours").click();
        Pages.attendreVaadin(manager);
        assertThat(manager.locator("#fermeture-avertissement")).containsText("sont maintenus");
        saisirDate(manager, "#fermeture-du", du);
        saisirDate(manager, "#fermeture-au", au);
        manager.locator("#fermeture-motif input").fill("Inventaire (test)");
        Pages.verifierPage(manager, "sites/03-fermeture");
        manager.locator("#fermer-site").click();
        Pages.attendreVaadin(manager);
        assertThat(manager.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(carte(manager, "Reims – Gare")).containsText("Fermetures prévues");
        assertThat(carte(manager, "Reims – Gare")).containsText("Inventaire (test)");
        assertThat(carte(manager, "Reims – Gare").locator(".pc-fermetures")).containsText("ces jours-là");
        Pages.verifierPage(manager, "sites/04-fermeture-prevue");
        assertThat(duSite(reims.id())).noneMatch(c -> entre(c, du, au)).isNotEmpty();

        // Reopened: the slots come back.
        carte(manager, "Reims – Gare").locator(".pc-fermetures vaadin-button").click();
        Pages.attendreVaadin(manager);
        assertThat(carte(manager, "Reims – Gare")).not().containsText("Inventaire (test)");
        assertThat(duSite(reims.id())).anyMatch(c -> entre(c, du, au));

        // The new site deactivated, after a confirmation that says what becomes of booked rendez-vous.
        bouton(carte(manager, METZ), "Désactiver le site " + METZ).click();
        var confirmation = manager.getByRole(AriaRole.ALERTDIALOG);
        assertThat(confirmation).containsText("Aucun rendez-vous n’est prévu sur ce site");
        Pages.verifierPage(manager, "sites/05-desactiver");
        confirmation.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Désactiver")).click();
        Pages.attendreVaadin(manager);
        assertThat(carte(manager, METZ)).containsText("Désactivé");
        assertThat(operateurs.sites()).extracting(Site::nom).doesNotContain(METZ).contains("Reims – Gare");
        Pages.verifierPage(manager, "sites/06-desactive");

        bouton(carte(manager, METZ), "Réactiver le site " + METZ).click();
        manager.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Réactiver")).click();
        Pages.attendreVaadin(manager);
        assertThat(carte(manager, METZ)).containsText("Ouvert");
        assertThat(operateurs.sites()).extracting(Site::nom).contains(METZ);
    }

    @Test
    void un_conseiller_ne_gere_pas_les_sites() {
        var page = bureau();
        connecterDemo(page, "julien.weber");
        Pages.ouvrir(page, url("/pilotage/sites"));
        assertThat(page.locator("#acces-refuse")).isVisible();
        assertThat(page.locator("#sites")).hasCount(0);
        Pages.verifierPage(page, "sites/07-conseiller-refuse");
        Pages.verifierSansDefilementHorizontal(page, "sites/07-conseiller-refuse");

        var julien = comptes.parEmail(new AdresseCourriel("julien.weber@demo.portail-cep.fr")).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                julien.email(), null, List.of(new SimpleGrantedAuthority(julien.role().autorite()))));
        var fiche = new FicheSite("Nancy (test)", "1 rue Stanislas", "54000", "Nancy", null, null, null);
        assertThatThrownBy(() -> sites.creerSite(fiche)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> sites.desactiver(UUID.randomUUID())).isInstanceOf(AuthorizationDeniedException.class);
    }

    private List<CreneauPropose> duSite(UUID siteId) {
        return creneaux.proposes(new FiltreCreneaux(null, siteId), 21);
    }

    private static boolean entre(CreneauPropose creneau, LocalDate du, LocalDate au) {
        var jour = creneau.debut().atZone(PARIS).toLocalDate();
        return !jour.isBefore(du) && !jour.isAfter(au);
    }

    private static void saisirDate(Page page, String champ, LocalDate date) {
        var saisie = page.locator(champ + " input");
        saisie.fill(SAISIE.format(date));
        saisie.press("Enter");
        Pages.attendreVaadin(page);
    }

    private static Locator carte(Page page, String nom) {
        return page.locator("#sites [data-site='" + nom + "']");
    }

    private static Locator bouton(Locator carte, String nom) {
        return carte.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(nom).setExact(true));
    }
}
