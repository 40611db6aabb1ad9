package fr.portailcep.test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/** What the tests read in a PDF the portal makes: veraPDF's verdict, and the text of one page. */
public final class ControlesPdf {

    private ControlesPdf() {
    }

    /** veraPDF's failed rules (clause, number, what it says), empty when compliant. */
    public static List<String> reglesEnEchec(PDFAFlavour profil, byte[] fichier) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (var analyseur = Foundries.defaultInstance().createParser(new ByteArrayInputStream(fichier), profil);
                var validateur = Foundries.defaultInstance().createValidator(profil, false)) {
            var resultat = validateur.validate(analyseur);
            var echecs = resultat.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " : "
                            + a.getMessage())
                    .distinct().collect(Collectors.toCollection(ArrayList::new));
            if (!resultat.isCompliant() && echecs.isEmpty()) {
                echecs.add("non conforme sans règle nommée");
            }
            echecs.forEach(echec -> System.out.println(profil.getId() + " " + echec));
            return echecs;
        }
    }

    /** The text of page {@code page} (from 1), its blanks folded to single spaces. */
    public static String texte(PDDocument document, int page) throws IOException {
        var extracteur = new PDFTextStripper();
        extracteur.setStartPage(page);
        extracteur.setEndPage(page);
        return extracteur.getText(document).replaceAll("\\s+", " ");
    }
}
