package fr.portailcep.livrable;

import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.portailcep.shared.Gabarits;
import fr.portailcep.shared.RenduPdf;
import fr.portailcep.signature.PageSignatures;

/**
 * One source, two renderings: a livrable's Thymeleaf template (through {@link Gabarits}, HTML mode, French) gives
 * the page a person reads on a phone and, from the same markup, the PDF that is signed and kept ({@link RenduPdf}:
 * PDF/A-3a, PDF/UA-1, part 3 because the signed livrable carries its original and the signing evidence as
 * attachments).
 * <p>
 * The template is written as well-formed XHTML (void elements closed), which both a browser and openhtmltopdf's
 * XML parser read. It receives {@code livrable} and {@code pdf} (true for the PDF rendering: the footer with the
 * médiateur then repeats on every page). A sealed version is rendered again with {@code signatures} (a
 * {@link PageSignatures}): the signature page then closes the same document, in the same pass.
 */
@Component
public class RenduLivrable {

    /** The family name the templates use. */
    public static final String POLICE = RenduPdf.POLICE;

    /** The zone of the dates written on the signature page (the portal serves France). */
    private static final ZoneId FUSEAU = ZoneId.of("Europe/Paris");

    private final Gabarits gabarits;
    private final RenduPdf rendu;

    public RenduLivrable(Gabarits gabarits, RenduPdf rendu) {
        this.gabarits = gabarits;
        this.rendu = rendu;
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
        return rendu.pdf(livrable.gabarit(), modele);
    }
}
