package fr.portailcep.signature;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** A QR code (ZXing) as a black and white PNG: the link to the verification page, on screen and on paper. */
public final class CodeQr {

    private CodeQr() {
    }

    /**
     * @param texte what the code holds (a URL)
     * @param cote the side in pixels, the quiet zone included
     */
    public static byte[] png(String texte, int cote) {
        try {
            var matrice = new QRCodeWriter().encode(texte, BarcodeFormat.QR_CODE, cote, cote,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            var image = new BufferedImage(matrice.getWidth(), matrice.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            for (var y = 0; y < matrice.getHeight(); y++) {
                for (var x = 0; x < matrice.getWidth(); x++) {
                    image.setRGB(x, y, matrice.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            var sortie = new ByteArrayOutputStream();
            ImageIO.write(image, "png", sortie);
            return sortie.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR code impossible pour " + texte.length() + " caractères", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The short hash shown to people: the first 16 hex digits of a SHA-256, grouped by four. */
    public static String empreinteCourte(String empreinte) {
        var debut = empreinte.substring(0, 16);
        return debut.substring(0, 4) + " " + debut.substring(4, 8) + " " + debut.substring(8, 12) + " "
                + debut.substring(12, 16);
    }
}
