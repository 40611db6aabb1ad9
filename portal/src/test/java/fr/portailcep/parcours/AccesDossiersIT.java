package fr.portailcep.parcours;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

import fr.portailcep.messagerie.MessagerieService;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;

/**
 * A bénéficiaire never reads another person's dossier, plan, messages or attachments, by any URL or id: the services
 * refuse (whatever view leads there), and the browser shows "page not found" on another person's ids. A conseiller
 * of another site does not see a dossier either.
 */
class AccesDossiersIT extends PortailIT {

    @Autowired
    ParcoursService parcours;
    @Autowired
    DossiersEquipe equipe;

    @Autowired
    ParcoursPersonne parcoursPersonne;

    @Autowired
    PlanActionsService plan;

    @Autowired
    MessagerieService messagerie;

    UUID lea;
    UUID filDeLea;
    UUID pieceDeLea;
    UUID actionDeLea;
    UUID objectifDeLea;

    @BeforeEach
    void leaEtSesDonnees() {
        lea = personnes.beneficiaire("lea.nguyen");
        personnes.faire("amina.keita", () -> {
            var fil = messagerie.filsDe(lea).stream()
                    .filter(f -> f.fil().sujet().startsWith("Fiche métier")).findFirst().orElseThrow();
            filDeLea = fil.id();
            pieceDeLea = messagerie.ouvrir(filDeLea).pieces().getFirst().id();
            var action = plan.planDe(lea).actions().getFirst();
            actionDeLea = action.id();
            objectifDeLea = action.objectifId();
        });
    }

    @Test
    void les_services_refusent_a_un_beneficiaire_les_donnees_d_une_autre_personne() {
        personnes.faire("thomas.petit", () -> {
            refuse(() -> equipe.dossierDe(lea));
            refuse(() -> equipe.frise(lea));
            refuse(() -> plan.planDe(lea));
            refuse(() -> messagerie.filsDe(lea));
            refuse(() -> messagerie.boite());
            refuse(() -> messagerie.ecrireA(lea, "Sujet", "Bonjour", List.of()));
            refuse(() -> parcours.engager(lea, new Engagement(UniteOeuvre.UO2_2, java.time.LocalDate.now(horloge),
                    true, Eligibilite.CONFIRMEE, null, null, null, null)));
            refuse(() -> equipe.interactions(lea));
            refuse(() -> plan.ajouterObjectif(lea, "Objectif"));
            refuse(() -> plan.valider(actionDeLea));
            introuvable(() -> plan.action(actionDeLea));
            introuvable(() -> plan.objectifDe(actionDeLea));
            introuvable(() -> plan.organismesPour(actionDeLea));
            introuvable(() -> plan.commencer(actionDeLea));
            introuvable(() -> plan.terminer(actionDeLea));
            introuvable(() -> plan.mettreEnPause(actionDeLea, fr.portailcep.parcours.RaisonPause.DOUTE, null));
            introuvable(() -> plan.commenter(actionDeLea, "Bonjour"));
            introuvable(() -> plan.proposer(objectifDeLea, "Une action", null, null));
            introuvable(() -> messagerie.ouvrir(filDeLea));
            introuvable(() -> messagerie.repondre(filDeLea, "Bonjour", List.of()));
            introuvable(() -> messagerie.piece(pieceDeLea));
            // His own are his, and only his.
            assertThat(parcoursPersonne.monDossier()).hasValueSatisfying(d -> assertThat(d.beneficiaireId()).isNotEqualTo(lea));
            assertThat(messagerie.mesFils()).noneMatch(f -> f.id().equals(filDeLea));
            assertThat(plan.monPlan().actions()).noneMatch(a -> a.id().equals(actionDeLea));
        });
    }

    @Test
    void une_conseillere_d_un_autre_site_ne_voit_pas_le_dossier() {
        personnes.faire("sophie.lambert", () -> {
            introuvable(() -> equipe.dossierDe(lea));
            introuvable(() -> plan.planDe(lea));
            introuvable(() -> plan.action(actionDeLea));
            introuvable(() -> messagerie.ouvrir(filDeLea));
            introuvable(() -> messagerie.piece(pieceDeLea));
            assertThat(messagerie.boite()).noneMatch(f -> f.id().equals(filDeLea));
        });
    }

    @Test
    void dans_le_navigateur_les_identifiants_d_une_autre_personne_menent_a_une_page_introuvable() {
        // Léa's attachment link works for her, in her session only.
        var pageDeLea = telephone();
        connecterDemo(pageDeLea, "lea.nguyen");
        Pages.ouvrir(pageDeLea, url("/messages/" + filDeLea));
        var lien = pageDeLea.locator("#fil a.pc-piece-jointe").first().getAttribute("href");
        var pourLea = pageDeLea.request().get(url("/" + lien.replaceFirst("^/", "")));
        assertThat(pourLea.body()).startsWith("%PDF".getBytes());

        var page = telephone();
        connecterDemo(page, "thomas.petit");
        for (var chemin : List.of("/messages/" + filDeLea, "/parcours/actions/" + actionDeLea)) {
            Pages.ouvrir(page, url(chemin));
            assertThat(page.locator("h1")).hasText("Page introuvable");
            assertThat(page.locator("body")).not().containsText("Fiche métier");
            assertThat(page.locator("body")).not().containsText("Faire un bilan de compétences");
        }
        Pages.verifierPage(page, "parcours/80-introuvable");
        Pages.ouvrir(page, url("/conseiller/dossiers/" + lea));
        assertThat(page.locator("#acces-refuse")).isVisible();
        assertThat(page.locator("body")).not().containsText("Nguyen");
        // The same attachment address, in Thomas's session: no PDF.
        var pourThomas = page.request().get(url("/" + lien.replaceFirst("^/", "")));
        assertThat(new String(pourThomas.body())).doesNotStartWith("%PDF");
    }

    private static void refuse(ThrowingCallable appel) {
        assertThatThrownBy(appel).isInstanceOf(AuthorizationDeniedException.class);
    }

    private static void introuvable(ThrowingCallable appel) {
        assertThatThrownBy(appel).isInstanceOf(ElementIntrouvable.class);
    }
}
