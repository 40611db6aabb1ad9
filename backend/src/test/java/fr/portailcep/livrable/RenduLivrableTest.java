package fr.portailcep.livrable;

import static fr.portailcep.test.ControlesPdf.reglesEnEchec;
import static fr.portailcep.test.ControlesPdf.texte;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import fr.portailcep.livrable.EtatDesLieux.Decision;
import fr.portailcep.livrable.EtatDesLieux.Etape;
import fr.portailcep.shared.TextesDeTest;

/**
 * The État des lieux partagé rendered from its one template, without Spring: the phone page escapes what a person
 * typed, and the PDF is PDF/A-3a and PDF/UA-1 for veraPDF, in French, titled, its fonts embedded, with the médiateur
 * on every page. The PDF and a picture of its first page are kept under {@code target/livrables/} to be looked at.
 */
class RenduLivrableTest {

    private static final String TAPE = "Inès <script>alert(1)</script> & Cie";

    private static final Path SORTIE = Path.of("target", "livrables");

    private static final EtatDesLieux EXEMPLE = new EtatDesLieux("CEP-2026-000042", "Inès Martin-Lefèvre",
            "Paul Durand", LocalDate.of(2026, 3, 2),
            List.of("Vous êtes aide-soignante depuis douze ans, en contrat à durée indéterminée dans un hôpital de Lyon. "
                    + "Le travail de nuit et le port de charges vous fatiguent : vous voulez un métier plus calme, "
                    + "toujours auprès des personnes.",
                    "Vous avez écrit : « " + TAPE + " ».",
                    "Vous avez le baccalauréat et un diplôme d’État d’aide-soignante. Vous avez 3 200 € sur votre "
                            + "compte personnel de formation."),
            IntStream.rangeClosed(1, 14).mapToObj(i -> "Information n° " + i + " : le compte personnel de formation, "
                    + "le projet de transition professionnelle, la validation des acquis de l’expérience, les "
                    + "métiers de l’accompagnement et du secrétariat médical ont été présentés.").toList(),
            Decision.POURSUIVRE,
            List.of(new Etape("Regarder les fiches métiers de secrétaire médicale et de coordinatrice de parcours",
                    LocalDate.of(2026, 3, 16)),
                    new Etape("Deuxième entretien pour construire le projet professionnel", LocalDate.of(2026, 3, 23)),
                    new Etape("Demander votre relevé de droits à la formation", null)));

    private static final ProjetProfessionnel PROJET = new ProjetProfessionnel("CEP-2026-000043", "Inès Martin-Lefèvre",
            "Paul Durand", LocalDate.of(2026, 5, 4),
            List.of("Devenir secrétaire médicale dans un cabinet de la métropole de Lyon.", "Écrit : « " + TAPE + " »."),
            List.of("Accueil des patients", "Connaissance du vocabulaire médical"), List.of("Logiciels de secrétariat"),
            List.of("Le projet de transition professionnelle a été présenté."),
            List.of(new ProjetProfessionnel.ActionPrevue("Formation de secrétaire médicale", LocalDate.of(2026, 9, 1),
                    "Compte personnel de formation"),
                    new ProjetProfessionnel.ActionPrevue("Stage d’observation en cabinet", null, null)),
            List.of(new ProjetProfessionnel.ServiceVoulu("Bilan de compétences",
                    List.of("Centre Alpha (Lyon)", "Bilans Rhône (Villeurbanne)", "Cap Avenir (Vénissieux)"),
                    "Bilans Rhône (Villeurbanne)"),
                    new ProjetProfessionnel.ServiceVoulu("Validation des acquis de l’expérience", List.of(), null)),
            true);

    private static final SouhaitDeClore SOUHAIT = new SouhaitDeClore("CEP-2026-000044", "Inès Martin-Lefèvre",
            "Paul Durand", LocalDate.of(2027, 2, 1),
            List.of("Vous souhaitez clore l’accompagnement : vous avez commencé votre formation."),
            List.of("Formation de secrétaire médicale commencée", "Stage d’observation fait", TAPE));

    private static final RenduLivrable RENDU = new RenduLivrable(TextesDeTest.gabarits(), new fr.portailcep.shared.RenduPdf(TextesDeTest.gabarits()));

    private static byte[] pdf;

    @BeforeAll
    static void rendre() throws IOException {
        pdf = RENDU.pdf(EXEMPLE);
        Files.createDirectories(SORTIE);
        try (var anciens = Files.list(SORTIE)) {
            for (var ancien : anciens.filter(f -> f.getFileName().toString().startsWith("etat-des-lieux")).toList()) {
                Files.delete(ancien);
            }
        }
        Files.write(SORTIE.resolve("etat-des-lieux.pdf"), pdf);
        Files.writeString(SORTIE.resolve("etat-des-lieux.html"), RENDU.html(EXEMPLE));
        try (var document = Loader.loadPDF(pdf)) {
            var rendu = new PDFRenderer(document);
            for (var page = 0; page < document.getNumberOfPages(); page++) {
                ImageIO.write(rendu.renderImageWithDPI(page, 110), "png",
                        SORTIE.resolve("etat-des-lieux-page-" + (page + 1) + ".png").toFile());
            }
        }
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void la_page_du_telephone_echappe_ce_qu_une_personne_a_tape() {
        var html = RENDU.html(EXEMPLE);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr-FR\"")
                .contains("name=\"viewport\"")
                .contains("<title>État des lieux partagé – Inès Martin-Lefèvre</title>")
                .doesNotContain("<script>").contains("Inès &lt;script&gt;alert(1)&lt;/script&gt; &amp; Cie")
                .contains("Vous avez choisi de continuer le conseil en évolution professionnelle")
                .contains("lundi 2 mars 2026").contains("Deuxième entretien pour construire le projet professionnel "
                        + "(prévu le lundi 23 mars 2026)")
                .contains("médiateur de France compétences").contains("11 rue Scribe")
                .doesNotContain("??").doesNotContain("#{").doesNotContain("${").doesNotContain(" th:")
                .doesNotContain("pied courant");
        assertThat(html.indexOf("11 rue Scribe")).as("le médiateur, une fois, ferme la page après le contenu")
                .isGreaterThan(html.indexOf("</main>")).isEqualTo(html.lastIndexOf("11 rue Scribe"));
    }

    @Test
    void le_pdf_est_conforme_a_pdf_a_3a() throws Exception {
        assertThat(reglesEnEchec(PDFAFlavour.PDFA_3_A, pdf)).as("règles PDF/A-3a en échec").isEmpty();
    }

    @Test
    void le_pdf_est_conforme_a_pdf_ua_1() throws Exception {
        assertThat(reglesEnEchec(PDFAFlavour.PDFUA_1, pdf)).as("règles PDF/UA-1 en échec").isEmpty();
    }

    static java.util.stream.Stream<ContenuLivrable> lesTroisLivrables() {
        return java.util.stream.Stream.of(EXEMPLE, PROJET, SOUHAIT);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("lesTroisLivrables")
    void chaque_livrable_est_pdf_a_3a_et_pdf_ua_1_et_sa_page_echappe_le_texte_tape(ContenuLivrable livrable)
            throws Exception {
        var nom = livrable.gabarit().substring("livrables/".length()).replace(".html", "");
        var fichier = RENDU.pdf(livrable);
        Files.write(SORTIE.resolve(nom + ".pdf"), fichier);
        var html = RENDU.html(livrable);
        Files.writeString(SORTIE.resolve(nom + ".html"), html);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").doesNotContain("??")
                .doesNotContain("#{").contains("médiateur de France compétences");
        assertThat(reglesEnEchec(PDFAFlavour.PDFA_3_A, fichier)).as(nom + " : règles PDF/A-3a en échec").isEmpty();
        assertThat(reglesEnEchec(PDFAFlavour.PDFUA_1, fichier)).as(nom + " : règles PDF/UA-1 en échec").isEmpty();
        try (var document = Loader.loadPDF(fichier)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
            assertThat(texte(document, 1)).contains("Inès Martin-Lefèvre").contains("médiateur de France compétences");
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png",
                    SORTIE.resolve(nom + "-page-1.png").toFile());
        }
    }

    @Test
    void le_projet_professionnel_dit_chaque_organisme_de_la_region_et_celui_choisi() {
        var html = RENDU.html(PROJET);
        assertThat(html).contains("Centre Alpha (Lyon)").contains("Cap Avenir (Vénissieux)")
                .contains("Votre choix : Bilans Rhône (Villeurbanne)")
                .contains("Aucun organisme de la région n’est connu pour ce service.")
                .contains("<th scope=\"col\"").contains("<th scope=\"row\"")
                .contains("Vous souhaitez être accompagné ou accompagnée pour mettre en œuvre votre projet.");
    }

    @Test
    void le_controle_refuse_un_pdf_ordinaire() throws Exception {
        var ordinaire = new java.io.ByteArrayOutputStream();
        try (var document = new PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(ordinaire);
        }
        assertThat(reglesEnEchec(PDFAFlavour.PDFA_3_A, ordinaire.toByteArray())).isNotEmpty();
        assertThat(reglesEnEchec(PDFAFlavour.PDFUA_1, ordinaire.toByteArray())).isNotEmpty();
    }

    @Test
    void le_pdf_est_en_francais_titre_et_ses_polices_sont_incorporees() throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("État des lieux partagé – Inès Martin-Lefèvre");
            assertThat(document.getDocumentInformation().getSubject()).startsWith("Le résumé du premier entretien");
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            for (var page : document.getPages()) {
                for (var nom : page.getResources().getFontNames()) {
                    PDFont police = page.getResources().getFont(nom);
                    assertThat(police.isEmbedded()).as(police.getName()).isTrue();
                    assertThat(police.getName()).contains("LiberationSans");
                }
            }
        }
    }

    @Test
    void chaque_page_du_pdf_porte_le_mediateur_et_le_texte_tape_reste_du_texte() throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("l’exemple tient sur plusieurs pages").isGreaterThan(1);
            for (var page = 1; page <= document.getNumberOfPages(); page++) {
                assertThat(texte(document, page)).as("page " + page)
                        .contains("médiateur de France compétences").contains("11 rue Scribe, 75009 Paris")
                        .contains(page + " / " + document.getNumberOfPages());
            }
            assertThat(texte(document, 1)).contains("État des lieux partagé").contains("Inès Martin-Lefèvre")
                    .contains(TAPE).contains("lundi 2 mars 2026");
        }
    }
}
