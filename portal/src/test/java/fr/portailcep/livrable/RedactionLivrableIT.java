package fr.portailcep.livrable;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.portailcep.parcours.Eligibilite;
import fr.portailcep.parcours.Engagement;
import fr.portailcep.parcours.ParcoursService;
import fr.portailcep.parcours.UniteOeuvre;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;

/**
 * Drafting and reading a livrable (issue 10, what must be shown, item 1, up to the signatures): the conseiller drafts
 * the État des lieux partagé in the dossier, saves it and submits it; on the narrowest phone the person finds it in
 * "Mes documents", reads it as a page, comments; the conseiller sees the comment and changes the text after
 * submission, which asks for a confirmation and makes version 2; the person then reads version 2. Every page passes
 * axe with no serious or critical violation, with nothing sticking out at 360 px.
 */
class RedactionLivrableIT extends PortailIT {

    private static final String SITUATION = "Inès est assistante de gestion depuis douze ans dans une PME.";
    private static final String COMMENTAIRE = "Pouvez-vous ajouter que je travaille à temps partiel ?";
    private static final String AJOUT = "Elle travaille à temps partiel, quatre jours par semaine.";

    @Autowired
    ParcoursService parcours;

    @Test
    void le_conseiller_redige_et_modifie_l_etat_des_lieux_et_la_personne_le_lit_et_le_commente() throws Exception {
        var ines = personnes.nouveauBeneficiaire("ines.livrable", "Inès", "Moreau");
        personnes.faire("julien.weber", () -> parcours.engager(ines, new Engagement(UniteOeuvre.UO1,
                LocalDate.now(horloge), true, Eligibilite.CONFIRMEE, null, null, null, null)));

        // The conseiller drafts the État des lieux in the dossier: sections prefilled, one paragraph per line.
        var bureau = bureau();
        connecterDemo(bureau, "julien.weber");
        ouvrirOnglet(bureau, ines);
        Pages.verifierPage(bureau, "livrable/01-onglet-livrables");
        bureau.locator("#rediger-ETAT_DES_LIEUX").click();
        Pages.attendreVaadin(bureau);
        assertThat(bureau.locator("#editeur-livrable")).isVisible();
        var texteSituation = SITUATION + "\nElle souhaite évoluer vers la comptabilité.";
        bureau.locator("#situation textarea").fill(texteSituation);
        bureau.locator("#informationsEchangees textarea").fill("Le compte personnel de formation et ses droits"
                + "\nLes métiers de la comptabilité dans la région");
        bureau.locator("#decision vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^Continuer"))).click();
        // A step with a day but no action: refused beside the field, what was typed stays.
        var etape = bureau.locator("#suites vaadin-text-field").first();
        etape.locator("input").fill("");
        var echeance = bureau.locator("#suites vaadin-date-picker").first();
        echeance.locator("input").fill(jour(LocalDate.now(horloge).plusDays(14)));
        echeance.locator("input").press("Enter");
        Pages.attendreVaadin(bureau);
        bureau.locator("#enregistrer-livrable").click();
        Pages.attendreVaadin(bureau);
        assertThat(etape).hasAttribute("invalid", "");
        assertThat(etape).containsText("Décrivez l’étape");
        assertThat(bureau.locator("#situation textarea")).hasValue(texteSituation);
        Pages.verifierPage(bureau, "livrable/02-editeur-refus");
        etape.locator("input").fill("Rencontrer un conseiller du centre de formation de Metz");
        bureau.locator("#enregistrer-livrable").click();
        Pages.attendreVaadin(bureau);
        var carte = bureau.locator("#livrable-ETAT_DES_LIEUX");
        assertThat(bureau.locator("#editeur-livrable")).hasCount(0);
        assertThat(carte).containsText("Version 1");
        assertThat(carte).containsText("Brouillon");

        // Submitted: the version is frozen and waits for the signatures.
        bureau.locator("#soumettre-livrable").click();
        Pages.attendreVaadin(bureau);
        assertThat(carte).containsText("À signer");
        assertThat(carte.locator(".pc-livrable-version")).containsText("empreinte");
        assertThat(bureau.locator("#signer-livrable")).hasAttribute("href",
                Pattern.compile("/espace-pro/signer/[0-9a-f-]{36}$"));
        Pages.verifierPage(bureau, "livrable/03-soumis");

        // On the narrowest phone, the person finds it waiting for her signature, and reads it as a page.
        var telephone = petitTelephone();
        connecterDemo(telephone, "ines.livrable");
        Pages.ouvrir(telephone, url("/mon-espace"));
        assertThat(telephone.locator("#carte-documents")).containsText("Un document attend votre signature.");
        Pages.verifierPage(telephone, "livrable/04a-accueil");
        telephone.locator("#lien-mes-documents").click();
        Pages.attendreVaadin(telephone);
        assertThat(telephone.locator("#a-signer")).containsText("État des lieux partagé");
        Pages.verifierPage(telephone, "livrable/04-mes-documents");
        Pages.verifierSansDefilementHorizontal(telephone, "mes documents");
        telephone.locator("#a-signer a").filter(new Locator.FilterOptions().setHasText("Lire et signer")).click();
        Pages.attendreVaadin(telephone);
        assertThat(telephone.locator("h1")).hasText("État des lieux partagé");
        assertThat(telephone.locator("#document")).containsText(SITUATION);
        assertThat(telephone.locator("#document")).containsText("Inès Moreau");
        // The médiateur closes the page read on a phone as it runs at the foot of the PDF.
        assertThat(telephone.locator("#document")).containsText("médiateur");
        assertThat(telephone.locator("#document script")).hasCount(0);
        assertThat(telephone.locator("#version-document")).containsText("Version 1");
        assertThat(telephone.locator("#empreinte-document")).isVisible();
        assertThat(telephone.locator("#lire-et-signer")).hasAttribute("href",
                Pattern.compile("/signer/[0-9a-f-]{36}$"));
        Pages.verifierPage(telephone, "livrable/05-document-v1");
        Pages.verifierSansDefilementHorizontal(telephone, "document");
        var adresse = telephone.url();

        // The PDF of the version read: the same document, downloaded.
        var telechargement = telephone.waitForDownload(() -> telephone.locator(".pc-livrable-pdf").click());
        assertThat(telechargement.suggestedFilename()).endsWith(".pdf");
        try (var flux = telechargement.createReadStream()) {
            assertThat(new String(flux.readNBytes(5), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .isEqualTo("%PDF-");
        }

        // She comments; an empty comment is refused beside the field.
        telephone.locator("#commenter").click();
        Pages.attendreVaadin(telephone);
        assertThat(telephone.locator("#commentaire")).hasAttribute("invalid", "");
        telephone.locator("#commentaire textarea").fill(COMMENTAIRE);
        telephone.locator("#commenter").click();
        Pages.attendreVaadin(telephone);
        assertThat(telephone.locator("#commentaires")).containsText(COMMENTAIRE);
        assertThat(telephone.locator("#commentaires")).containsText("Inès Moreau");
        Pages.verifierPage(telephone, "livrable/06-commentaire");

        // The conseiller reads the comment and changes the text: a confirmation first, then version 2.
        ouvrirOnglet(bureau, ines);
        assertThat(bureau.locator("#commentaires-ETAT_DES_LIEUX")).containsText(COMMENTAIRE);
        bureau.locator("#modifier-livrable").click();
        var confirmation = bureau.getByRole(AriaRole.ALERTDIALOG);
        assertThat(confirmation).containsText("signatures en attente");
        Pages.verifierPage(bureau, "livrable/07-confirmation-nouvelle-version");
        confirmation.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Modifier et créer une nouvelle version")).click();
        Pages.attendreVaadin(bureau);
        assertThat(bureau.locator("#avertissement-version")).containsText("version 2");
        var situation = bureau.locator("#situation textarea");
        situation.fill(situation.inputValue() + "\n" + AJOUT);
        bureau.locator("#enregistrer-livrable").click();
        Pages.attendreVaadin(bureau);
        assertThat(carte).containsText("Version 2");
        bureau.locator("#versions-ETAT_DES_LIEUX summary, #versions-ETAT_DES_LIEUX [slot='summary']").first().click();
        assertThat(bureau.locator("#versions-ETAT_DES_LIEUX")).containsText("signatures annulées");
        Pages.verifierPage(bureau, "livrable/08-version-2");

        // The person reads version 2, with the sentence she asked for.
        Pages.ouvrir(telephone, adresse);
        assertThat(telephone.locator("#version-document")).containsText("Version 2");
        assertThat(telephone.locator("#document")).containsText(AJOUT);
        assertThat(telephone.locator("#commentaires")).containsText(COMMENTAIRE);
        Pages.verifierPage(telephone, "livrable/09-document-v2");
        Pages.verifierSansDefilementHorizontal(telephone, "document, version 2");
    }

    private void ouvrirOnglet(Page page, UUID personne) {
        Pages.ouvrir(page, url("/conseiller/dossiers/" + personne));
        page.locator("#onglet-livrables").click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#livrables")).isVisible();
    }

    /** A day as typed in a French date field. */
    private static String jour(LocalDate jour) {
        return "%02d/%02d/%d".formatted(jour.getDayOfMonth(), jour.getMonthValue(), jour.getYear());
    }
}
