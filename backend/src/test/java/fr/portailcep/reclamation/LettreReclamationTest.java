package fr.portailcep.reclamation;

import static fr.portailcep.test.ControlesPdf.reglesEnEchec;
import static fr.portailcep.test.ControlesPdf.texte;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import fr.portailcep.shared.RenduPdf;
import fr.portailcep.shared.TextesDeTest;

/**
 * The answer letter to a réclamation: PDF/A-3a and PDF/UA-1 for veraPDF, in French, titled, what was typed kept as
 * text (never markup), and the médiateur of France compétences at the foot of every page.
 */
class LettreReclamationTest {

    private static final String TAPE = "Inès <script>alert(1)</script> & Cie";
    private static final Path SORTIE = Path.of("target", "reclamations");

    private static final LettreReclamation.Contenu LETTRE = new LettreReclamation.Contenu("R-2026-000123",
            "Inès Martin-Lefèvre", "CEP-2026-000042", LocalDate.of(2026, 3, 2), "L’accueil qui vous a été fait",
            LocalDate.of(2026, 3, 20),
            LettreReclamation.Contenu.paragraphes("Madame,\n\nNous avons bien lu votre réclamation : « " + TAPE
                    + " ».\n\n" + IntStream.rangeClosed(1, 40).mapToObj(i -> "Paragraphe " + i
                            + " : nous avons revu l’organisation de l’accueil du site et les horaires de rappel.")
                            .collect(Collectors.joining("\n\n"))),
            "Nadia Benali");

    private static byte[] pdf;

    @BeforeAll
    static void rendre() throws IOException {
        pdf = new LettreReclamation(new RenduPdf(TextesDeTest.gabarits())).pdf(LETTRE);
        Files.createDirectories(SORTIE);
        Files.write(SORTIE.resolve("lettre.pdf"), pdf);
        try (var document = Loader.loadPDF(pdf)) {
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png",
                    SORTIE.resolve("lettre-page-1.png").toFile());
        }
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void la_lettre_est_conforme_a_pdf_a_3a() throws Exception {
        assertThat(reglesEnEchec(PDFAFlavour.PDFA_3_A, pdf)).as("règles PDF/A-3a en échec").isEmpty();
    }

    @Test
    void la_lettre_est_conforme_a_pdf_ua_1() throws Exception {
        assertThat(reglesEnEchec(PDFAFlavour.PDFUA_1, pdf)).as("règles PDF/UA-1 en échec").isEmpty();
    }

    @Test
    void la_lettre_est_en_francais_titree_et_porte_le_mediateur_sur_chaque_page() throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Réponse à la réclamation R-2026-000123");
            assertThat(document.getNumberOfPages()).as("l’exemple tient sur plusieurs pages").isGreaterThan(1);
            for (var page = 1; page <= document.getNumberOfPages(); page++) {
                assertThat(texte(document, page)).as("page " + page)
                        .contains("médiateur de France compétences").contains("11 rue Scribe, 75009 Paris");
            }
            assertThat(texte(document, 1)).contains("Réponse à votre réclamation").contains("R-2026-000123")
                    .contains("Inès Martin-Lefèvre").contains(TAPE).contains("lundi 2 mars 2026");
        }
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
}
