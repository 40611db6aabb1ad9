package fr.portailcep.shared;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

/**
 * The one way the portal makes a PDF for people (livrables, letters, statements): a Thymeleaf template rendered by
 * {@link Gabarits} as well-formed XHTML, then by openhtmltopdf on PDFBox 3 as <b>PDF/A-3a and tagged PDF/UA-1</b>.
 * <p>
 * Conformance level A because the document is tagged anyway for PDF/UA (logical structure, Unicode text, language),
 * part 3 so that a document may carry attachments (the signed livrable carries its evidence). Language and title come
 * from the template's {@code <html lang>} and {@code <title>}. The one font is Liberation Sans from PDFBox's own jar,
 * embedded (subset): the output never depends on the fonts of the machine. Only its regular face ships in that jar,
 * so templates do not rely on bold. Every template puts the médiateur of France compétences at the foot of every
 * page (CCTP §3.7).
 * <p>
 * openhtmltopdf writes the creation date itself from the system clock (Info and XMP alike, which PDF/A requires to
 * agree); the time that matters to a document is written in it by the portal's clock.
 */
@Component
public class RenduPdf {

    /** The family name the templates use. */
    public static final String POLICE = "Liberation Sans";

    private static final String FICHIER_POLICE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /** The software named in the PDF's metadata (a product name, not a text for people). */
    private static final String PRODUCTEUR = "Portail CEP";

    private final Gabarits gabarits;

    private final byte[] profilSrgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    public RenduPdf(Gabarits gabarits) {
        this.gabarits = gabarits;
    }

    /** The template {@code gabarit} (e.g. {@code reclamations/lettre}) with {@code modele}, as PDF/A-3a + PDF/UA-1. */
    public byte[] pdf(String gabarit, Map<String, ?> modele) {
        return depuisXhtml(gabarits.rendre(gabarit, modele));
    }

    /** A document already rendered as well-formed XHTML, as PDF/A-3a + PDF/UA-1. */
    public byte[] depuisXhtml(String xhtml) {
        var sortie = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfAConformance(PdfAConformance.PDFA_3_A)
                    .usePdfUaAccessibility(true)
                    .useColorProfile(profilSrgb)
                    .useFont(() -> RenduPdf.class.getResourceAsStream(FICHIER_POLICE), POLICE, 400,
                            FontStyle.NORMAL, true)
                    .withProducer(PRODUCTEUR)
                    .withHtmlContent(xhtml, null)
                    .toStream(sortie)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sortie.toByteArray();
    }
}
