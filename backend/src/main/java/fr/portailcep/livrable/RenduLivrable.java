package fr.portailcep.livrable;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

import fr.portailcep.shared.Gabarits;
import fr.portailcep.signature.PageSignatures;

/**
 * One source, two renderings: a livrable's Thymeleaf template (through {@link Gabarits}, HTML mode, French) gives
 * the page a person reads on a phone and, from the same markup, the PDF that is signed and kept.
 * <p>
 * The PDF is PDF/A-3a and tagged PDF/UA-1: conformance level A because the document is tagged anyway for PDF/UA
 * (logical structure, Unicode text, language), so it meets the stricter level at no cost, and part 3 because the
 * signed livrable will carry its original and the signing evidence as attachments. Its language and title come from
 * the template's {@code <html lang>} and {@code <title>}. The one font is Liberation Sans, taken from PDFBox's own
 * jar and embedded (subset): the rendering never depends on the fonts installed on the machine, and the output is
 * the same everywhere. Only its regular face ships in that jar, so templates do not rely on bold.
 * <p>
 * The template is written as well-formed XHTML (void elements closed), which both a browser and openhtmltopdf's
 * XML parser read. It receives {@code livrable} and {@code pdf} (true for the PDF rendering: the footer with the
 * médiateur then repeats on every page). A sealed version is rendered again with {@code signatures} (a
 * {@link PageSignatures}): the signature page then closes the same document, in the same pass.
 * <p>
 * openhtmltopdf writes the creation and modification dates itself (from the system clock, in the Info dictionary
 * and the XMP packet alike, which PDF/A requires to agree); the builder has no way to pass a {@code Clock}. The time
 * that matters, the seal's, comes from the portal's clock ({@code Scellement}).
 */
@Component
public class RenduLivrable {

    /** The family name the templates use. */
    public static final String POLICE = "Liberation Sans";

    private static final String FICHIER_POLICE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /** The software named in the PDF's metadata (a product name, not a text for people). */
    private static final String PRODUCTEUR = "Portail CEP";

    /** The zone of the dates written on the signature page (the portal serves France). */
    private static final ZoneId FUSEAU = ZoneId.of("Europe/Paris");

    private final Gabarits gabarits;

    private final byte[] profilSrgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    public RenduLivrable(Gabarits gabarits) {
        this.gabarits = gabarits;
    }

    /** The page read on a phone: a whole HTML document, texts escaped. */
    public String html(ContenuLivrable livrable) {
        return gabarits.rendre(livrable.gabarit(), Map.of("livrable", livrable, "pdf", false));
    }

    /** The PDF/A-3a, PDF/UA-1 document, fonts embedded, the médiateur at the foot of every page. */
    public byte[] pdf(ContenuLivrable livrable) {
        return pdf(livrable, null);
    }

    /**
     * The same document closed by its signature page (names, roles, dates, methods, short hash, QR code to the
     * verification page), or without it when {@code signatures} is null.
     */
    public byte[] pdf(ContenuLivrable livrable, PageSignatures signatures) {
        var modele = new HashMap<String, Object>();
        modele.put("livrable", livrable);
        modele.put("pdf", true);
        if (signatures != null) {
            modele.put("signatures", signatures);
            modele.put("qrCode", "data:image/png;base64," + Base64.getEncoder().encodeToString(signatures.qrCodePng()));
            modele.put("fuseau", FUSEAU);
        }
        var xhtml = gabarits.rendre(livrable.gabarit(), modele);
        var sortie = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfAConformance(PdfAConformance.PDFA_3_A)
                    .usePdfUaAccessibility(true)
                    .useColorProfile(profilSrgb)
                    .useFont(() -> RenduLivrable.class.getResourceAsStream(FICHIER_POLICE), POLICE, 400,
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
