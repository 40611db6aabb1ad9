package fr.portailcep.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;

import fr.portailcep.shared.Systeme;
import fr.portailcep.shared.Textes;

/**
 * The printed copy of a version, for a signer who chose paper (issue 10): the same PDF with, stamped in the bottom
 * margin of every page above the médiateur, the livrable's id, its version, the short hash of the exact PDF and a
 * QR code to the verification page. The paper copy is not archived (its scan is, hashed and attested), so it is
 * not kept PDF/A; the stamp is real text in Liberation Sans, readable and searchable.
 */
@Component
@Systeme
public class CopiePapierPdf implements CopiePapier {

    private static final String FICHIER_POLICE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final Textes textes;

    public CopiePapierPdf(Textes textes) {
        this.textes = textes;
    }

    /** The version's PDF with the paper footer on every page. */
    @Override
    public byte[] imprimer(DocumentASigner doc, String lienVerification) {
        var qr = CodeQr.png(lienVerification, 240);
        var ligne = textes.get("cachet.papier.pied", doc.titre(), doc.id(), doc.version(),
                CodeQr.empreinteCourte(doc.empreinte()));
        var consigne = textes.get("cachet.papier.consigne");
        try (var document = Loader.loadPDF(doc.pdf())) {
            var police = PDType0Font.load(document, CopiePapierPdf.class.getResourceAsStream(FICHIER_POLICE), true);
            var image = PDImageXObject.createFromByteArray(document, qr, "qr.png");
            for (var page : document.getPages()) {
                var boite = page.getMediaBox();
                var cote = 32f;
                var x = boite.getLowerLeftX() + 51f;
                var y = boite.getLowerLeftY() + 12f;
                try (var flux = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                    flux.drawImage(image, boite.getUpperRightX() - 51f - cote, y, cote, cote);
                    flux.beginText();
                    flux.setFont(police, 7f);
                    flux.setNonStrokingColor(0.24f, 0.28f, 0.32f);
                    flux.newLineAtOffset(x, y + 16f);
                    flux.showText(ligne);
                    flux.newLineAtOffset(0, -9f);
                    flux.showText(consigne + " " + lienVerification);
                    flux.endText();
                }
            }
            var sortie = new ByteArrayOutputStream();
            document.save(sortie);
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
