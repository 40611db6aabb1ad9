package fr.portailcep.operateur;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.GestionAcces;
import fr.portailcep.compte.OrigineRequete;
import fr.portailcep.compte.Role;
import fr.portailcep.test.CleVirtuelle;
import fr.portailcep.test.ConnexionParCode;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * The manager's team page: a new conseillère is invited and signs in; a conseiller who lost his passkey has his
 * access reset; one who left is deactivated and can no longer sign in.
 */
class EquipeIT extends PortailIT {

    private static final String NADIA = "nadia.benali@demo.portail-cep.fr";

    @Autowired
    CompteService comptes;

    @Autowired
    EquipeService equipe;

    @Autowired
    GestionAcces acces;

    @AfterEach
    void personne() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void le_manager_invite_une_conseillere_qui_se_connecte_avec_le_code_recu() {
        var manager = bureau();
        connecterDemo(manager, "nadia.benali");
        manager.locator("#gerer-equipe").click();
        manager.waitForURL(Pattern.compile(".*/pilotage/equipe$"));
        Pages.attendreVaadin(manager);
        assertThat(manager.locator("h1")).hasText("Équipe");
        assertThat(membre(manager, "julien.weber@demo.portail-cep.fr")).containsText("Strasbourg – Centre");

        // Nothing typed: each field says what is missing.
        manager.locator("#inviter").click();
        Pages.attendreVaadin(manager);
        assertThat(manager.locator("#invitation-email")).hasAttribute("invalid", "");
        assertThat(manager.locator("#invitation-email")).containsText("Indiquez l’adresse électronique");
        assertThat(manager.locator("#invitation-prenom")).containsText("Indiquez le prénom");
        assertThat(manager.locator("#invitation-sites")).containsText("Choisissez au moins un site");

        // A malformed address, then an address already used: said beside the field, the rest kept.
        manager.locator("#invitation-email input").fill("claire.roux@operateur");
        manager.locator("#invitation-prenom input").fill("Claire");
        manager.locator("#invitation-nom input").fill("Roux");
        manager.locator("#invitation-sites").getByText("Reims – Gare").click();
        manager.locator("#inviter").click();
        Pages.attendreVaadin(manager);
        assertThat(manager.locator("#invitation-email")).containsText("n’est pas valide");
        assertThat(manager.locator("#invitation-prenom")).not().hasAttribute("invalid", "");
        assertThat(manager.locator("#invitation-prenom input")).hasValue("Claire");
        manager.locator("#invitation-email input").fill("julien.weber@demo.portail-cep.fr");
        manager.locator("#inviter").click();
        Pages.attendreVaadin(manager);
        assertThat(manager.locator("#invitation-email")).containsText("Un compte existe déjà");
        Pages.verifierPage(manager, "operateur/01-equipe-invitation-refusee");

        var claire = "claire.roussel@equipe.example";
        manager.locator("#invitation-email input").fill(claire);
        manager.locator("#inviter").click();
        Pages.attendreVaadin(manager);
        assertThat(membre(manager, claire)).containsText("Invitation en attente");
        assertThat(membre(manager, claire)).containsText("Reims – Gare");
        assertThat(manager.locator("#invitation-email input")).hasValue("");
        Pages.verifierPage(manager, "operateur/02-equipe-invitation-envoyee");

        var invitation = SmtpDeTest.attendre(claire, 1);
        assertThat(SmtpDeTest.sujet(invitation)).isEqualTo("Votre compte sur le Portail CEP");
        assertThat(SmtpDeTest.corps(invitation)).contains("Nadia Benali vous a créé un compte")
                .contains("créer une clé d’accès").contains("médiateur");

        var poste = bureau();
        connecterParCode(poste, claire, 2);
        poste.waitForURL(Pattern.compile(".*/conseiller$"));
        Pages.attendreVaadin(poste);
        assertThat(poste.locator("h1")).hasText("Bonjour Claire");

        Pages.ouvrir(manager, url("/pilotage/equipe"));
        assertThat(membre(manager, claire)).not().containsText("Invitation en attente");
        assertThat(membre(manager, claire)).containsText("Dernière connexion");
    }

    @Test
    void un_acces_reinitialise_retire_les_cles_ferme_les_connexions_et_permet_de_revenir_par_courriel() {
        var paul = "paul.henry@equipe.example";
        comptes.creerProfessionnel(new AdresseCourriel(paul), Role.CONSEILLER, "Paul", "Henry");
        var poste = bureau();
        var cle = CleVirtuelle.sur(poste.context(), poste);
        connecterParCode(poste, paul, 1);
        poste.waitForURL(Pattern.compile(".*/conseiller$"));
        Pages.ouvrir(poste, url("/espace-pro/compte"));
        poste.locator("#ajouter-cle").click();
        Pages.attendreVaadin(poste);
        assertThat(poste.locator("#liste-cles")).containsText("Mon téléphone");
        assertThat(cle.cles()).hasSize(1);

        var manager = bureau();
        connecterDemo(manager, "nadia.benali");
        Pages.ouvrir(manager, url("/pilotage/equipe"));
        assertThat(membre(manager, paul)).containsText("Une clé d’accès");
        membre(manager, paul).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Réinitialiser l’accès de Paul Henry")).click();
        var dialogue = manager.getByRole(AriaRole.ALERTDIALOG);
        assertThat(dialogue).containsText("Ses clés d’accès sont retirées");
        Pages.verifierPage(manager, "operateur/03-equipe-reinitialiser");
        dialogue.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Réinitialiser l’accès")).click();
        Pages.attendreVaadin(manager);
        assertThat(membre(manager, paul)).containsText("Aucune clé d’accès");

        // After the code and the notice of his new passkey.
        var courriel = SmtpDeTest.attendre(paul, 3);
        assertThat(SmtpDeTest.sujet(courriel)).isEqualTo("Votre accès au Portail CEP a été réinitialisé");
        assertThat(SmtpDeTest.corps(courriel)).contains("Nadia Benali a réinitialisé votre accès");

        // His open session is closed at once; he comes back with an emailed code (no passkey any more).
        Pages.ouvrir(poste, url("/conseiller"));
        assertThat(poste).hasURL(Pattern.compile(".*/connexion.*"));
        connecterParCode(poste, paul, 4);
        // The page he asked for (/conseiller?continue, from the request cache) or his home: both are his home.
        poste.waitForURL(Pattern.compile(".*/conseiller(\\?continue)?$"));
        assertThat(poste.locator("h1")).hasText("Bonjour Paul");
    }

    @Test
    void un_compte_desactive_est_deconnecte_ne_recoit_plus_de_code_puis_peut_etre_reactive() {
        var ines = "ines.moreau@equipe.example";
        comptes.creerProfessionnel(new AdresseCourriel(ines), Role.CONSEILLER, "Inès", "Moreau");
        var poste = bureau();
        connecterParCode(poste, ines, 1);
        poste.waitForURL(Pattern.compile(".*/conseiller$"));

        var manager = bureau();
        connecterDemo(manager, "nadia.benali");
        Pages.ouvrir(manager, url("/pilotage/equipe"));
        membre(manager, ines).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Désactiver le compte de Inès Moreau")).click();
        manager.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Désactiver")).click();
        Pages.attendreVaadin(manager);
        assertThat(membre(manager, ines)).containsText("Désactivé");
        Pages.verifierPage(manager, "operateur/04-equipe-desactive");

        Pages.ouvrir(poste, url("/conseiller"));
        assertThat(poste).hasURL(Pattern.compile(".*/connexion.*"));
        Pages.attendreVaadin(poste);
        ConnexionParCode.demander(poste, ines);
        var courriel = SmtpDeTest.attendre(ines, 2);
        assertThat(SmtpDeTest.corps(courriel)).contains("est désactivé").doesNotContainPattern("\\b\\d{6}\\b");

        membre(manager, ines).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Réactiver le compte de Inès Moreau")).click();
        Pages.attendreVaadin(manager);
        assertThat(membre(manager, ines)).not().containsText("Désactivé");
        connecterParCode(poste, ines, 3);
        poste.waitForURL(Pattern.compile(".*/conseiller$"));
        assertThat(poste.locator("h1")).hasText("Bonjour Inès");
    }

    @Test
    void seul_un_manager_gere_l_equipe_et_jamais_son_propre_compte() {
        var nadia = comptes.parEmail(new AdresseCourriel(NADIA)).orElseThrow();
        var julien = comptes.parEmail(new AdresseCourriel("julien.weber@demo.portail-cep.fr")).orElseThrow();
        var camille = comptes.parEmail(new AdresseCourriel("camille.martin@demo.portail-cep.fr")).orElseThrow();

        connecte(julien);
        assertThatThrownBy(equipe::membres).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> equipe.desactiver(nadia.id(), OrigineRequete.INCONNUE))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> acces.reinitialiser(nadia.id(), OrigineRequete.INCONNUE))
                .isInstanceOf(AuthorizationDeniedException.class);

        connecte(nadia);
        assertThat(equipe.membres()).extracting(m -> m.compte().email())
                .contains(NADIA, julien.email()).doesNotContain(camille.email());
        // Not on herself, not on a bénéficiaire: refused by the team rule (403, journaled).
        assertThatThrownBy(() -> equipe.desactiver(nadia.id(), OrigineRequete.INCONNUE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> equipe.reinitialiserAcces(camille.id(), OrigineRequete.INCONNUE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(comptes.parId(nadia.id())).hasValueSatisfying(c -> assertThat(c.actif()).isTrue());

        // A bénéficiaire who opens the page is refused.
        var telephone = telephone();
        connecterDemo(telephone, "camille.martin");
        Pages.ouvrir(telephone, url("/pilotage/equipe"));
        assertThat(telephone.locator("h1")).not().hasText("Équipe");
        assertThat(telephone.locator("#membres")).hasCount(0);
    }

    private static Locator membre(Page page, String email) {
        return page.locator("#membres li[data-email='" + email + "']");
    }

    private void connecterParCode(Page page, String email, int rangCourriel) {
        ConnexionParCode.saisir(page, url("/connexion"), email, rangCourriel);
    }

    private static void connecte(Compte compte) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                compte.email(), null, List.of(new SimpleGrantedAuthority(compte.role().autorite()))));
    }
}
