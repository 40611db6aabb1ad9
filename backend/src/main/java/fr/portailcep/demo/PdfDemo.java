package fr.portailcep.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small but valid one-page PDF with a few lines of text (Helvetica, WinAnsi), for demo attachments. Written by
 * hand to keep the demo free of a PDF library.
 */
public final class PdfDemo {

    private PdfDemo() {
    }

    public static byte[] page(String titre, List<String> lignes) {
        var contenu = new StringBuilder("BT /F1 18 Tf 56 780 Td (").append(echapper(titre)).append(") Tj ET\n");
        var y = 740;
        for (var ligne : lignes) {
            contenu.append("BT /F1 11 Tf 56 ").append(y).append(" Td (").append(echapper(ligne)).append(") Tj ET\n");
            y -= 18;
        }
        var flux = contenu.toString().getBytes(StandardCharsets.ISO_8859_1);
        var objets = java.util.Arrays.asList(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
                null,
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        var sortie = new ByteArrayOutputStream();
        var positions = new ArrayList<Integer>();
        ecrire(sortie, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        for (var i = 0; i < objets.size(); i++) {
            positions.add(sortie.size());
            ecrire(sortie, (i + 1) + " 0 obj\n");
            if (objets.get(i) == null) {
                ecrire(sortie, "<< /Length " + flux.length + " >>\nstream\n");
                sortie.writeBytes(flux);
                ecrire(sortie, "endstream\n");
            } else {
                ecrire(sortie, objets.get(i) + "\n");
            }
            ecrire(sortie, "endobj\n");
        }
        var xref = sortie.size();
        ecrire(sortie, "xref\n0 " + (objets.size() + 1) + "\n0000000000 65535 f \n");
        for (var position : positions) {
            ecrire(sortie, "%010d 00000 n \n".formatted(position));
        }
        ecrire(sortie, "trailer\n<< /Size " + (objets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return sortie.toByteArray();
    }

    private static String echapper(String texte) {
        return texte.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replace('’', '\'');
    }

    private static void ecrire(ByteArrayOutputStream sortie, String texte) {
        sortie.writeBytes(texte.getBytes(StandardCharsets.ISO_8859_1));
    }
}
