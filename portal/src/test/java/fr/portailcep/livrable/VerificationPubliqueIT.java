package fr.portailcep.livrable;

import fr.portailcep.signature.CodeQr;
import fr.portailcep.signature.FormatPreuves;
import fr.portailcep.signature.RegistreScellements;
import fr.portailcep.signature.ScellementPades;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;

/**
 * The public verification page (issue 10, "what must be shown" 4): on a 360 px phone, anyone uploads the sealed
 * livrable and reads "intact", a copy with one byte changed and a copy whose evidence was edited read "modifié";
 * the QR code's link says whether the portal sealed that version and when, nothing more. The PDFs are kept under
 * {@code target/livrables/}.
 */
class VerificationPubliqueIT extends PortailIT {

    private static final Path SORTIE = Path.of("target", "livrables");

    @Autowired
    ScellementPades scellement;

    @Autowired
    RenduLivrable rendu;

    @Autowired
    RegistreScellements registre;

    @Test
    void le_document_scelle_est_dit_intact_et_une_copie_modifiee_est_dite_modifiee() throws Exception {
        var original = rendu.pdf(OutilsDeTest.CONTENU);
        var document = OutilsDeTest.document(original);
        var preuves = OutilsDeTest.preuves(original);
        var final_ = rendu.pdf(OutilsDeTest.CONTENU, ScellementPades.page(document, preuves,
                url(ScellementPades.chemin(document.empreinte()))));
        var json = FormatPreuves.json(document, preuves);
        var scelle = scellement.sceller(final_, original, "etat-des-lieux-v2-original.pdf", json);
        Files.createDirectories(SORTIE);
        var fichierScelle = SORTIE.resolve("etat-des-lieux-scelle.pdf");
        Files.write(fichierScelle, scelle);
        var unOctet = scelle.clone();
        unOctet[unOctet.length / 3] ^= 0x20;
        var fichierModifie = SORTIE.resolve("etat-des-lieux-un-octet-change.pdf");
        Files.write(fichierModifie, unOctet);
        var preuvesEditees = new String(json, java.nio.charset.StandardCharsets.UTF_8)
                .replace("2026-11-24T13:05:00Z", "2026-11-20T09:00:00Z")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var fichierPreuves = SORTIE.resolve("etat-des-lieux-preuves-editees.pdf");
        Files.write(fichierPreuves, scellement.sceller(final_, original, "etat-des-lieux-v2-original.pdf",
                preuvesEditees));

        var page = petitTelephone();
        Pages.ouvrir(page, url("/verifier"));
        Pages.verifierPage(page, "signature/verifier-1-depot");
        deposer(page, fichierScelle);
        assertThat(page.locator("#verdict")).containsText("document intact");
        assertThat(page.locator("#signataires")).containsText("Inès Martin-Lefèvre, personne accompagnée");
        assertThat(page.locator("#signataires")).containsText("avec sa clé d’accès");
        assertThat(page.locator("#controles")).containsText("Le cachet est bien celui de l’opérateur du portail.");
        Pages.verifierPage(page, "signature/verifier-2-intact");
        Pages.verifierSansDefilementHorizontal(page, "verifier");

        deposer(page, fichierModifie);
        assertThat(page.locator("#verdict")).containsText("document modifié");
        Pages.verifierPage(page, "signature/verifier-3-modifie");

        deposer(page, fichierPreuves);
        assertThat(page.locator("#verdict")).containsText("document modifié");
        assertThat(page.locator("#verdict-texte")).containsText("La preuve n° 42 a été modifiée");
    }

    @Test
    void le_lien_du_qr_code_dit_si_le_portail_a_scelle_cette_version_et_quand_sans_rien_de_personnel() {
        var empreinte = FormatPreuves.sha256Hex(("version " + System.nanoTime()).getBytes());
        registre.scelle(empreinte, Instant.parse("2026-11-24T14:30:00Z"));
        var page = petitTelephone();
        Pages.ouvrir(page, url("/verifier/" + empreinte));
        assertThat(page.locator("#etat-empreinte")).containsText("Le portail a scellé un document dont l’empreinte "
                + "commence par " + CodeQr.empreinteCourte(empreinte) + ", le mardi 24 novembre 2026 à 15h30.");
        assertThat(page.locator("#depot-pdf")).isVisible();
        Pages.verifierPage(page, "signature/verifier-4-lien-qr");
        Pages.verifierSansDefilementHorizontal(page, "verifier/empreinte");

        Pages.ouvrir(page, url("/verifier/" + "ab".repeat(32)));
        assertThat(page.locator("#etat-empreinte")).containsText("Le portail n’a scellé aucun document");
        assertThat(page.content()).doesNotContain("Inès");
        Pages.ouvrir(page, url("/verifier/" + java.util.UUID.randomUUID()));
        assertThat(page.locator("#etat-empreinte")).containsText("Ce lien ne contient pas l’empreinte d’un document.");
    }

    private static void deposer(Page page, Path fichier) {
        page.locator("#depot-pdf input[type=file]").setInputFiles(fichier);
        page.locator("#verdict").waitFor();
        Pages.attendreVaadin(page);
    }
}
