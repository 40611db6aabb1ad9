package fr.portailcep.shared.courriel;

import java.util.Map;

import org.springframework.stereotype.Component;

import fr.portailcep.shared.Gabarits;

/**
 * Renders a {@link Courriel} as HTML and plain text from the templates {@code templates/courriels/courriel.html}
 * and {@code courriel.txt}, both inside the one layout ({@code mise-en-page}) that gives every message the same
 * header and the footer naming the médiateur de France compétences (DD012). The HTML template escapes every text
 * it writes, so that what a person typed never becomes markup.
 */
@Component
public class MiseEnPage {

    static final String GABARIT = "courriels/courriel";

    private final Gabarits gabarits;

    public MiseEnPage(Gabarits gabarits) {
        this.gabarits = gabarits;
    }

    public record Rendu(String texte, String html) {
    }

    /**
     * The subject is stored in clear (for support) and shown in every notification of a phone's lock screen: a code
     * to type never goes there.
     */
    static void refuserUnCodeDansLeSujet(Courriel courriel) {
        var sujet = courriel.sujet() == null ? "" : courriel.sujet();
        for (var bloc : courriel.blocs()) {
            if (bloc instanceof Courriel.Code c && !c.code().isBlank() && sujet.contains(c.code())) {
                throw new IllegalArgumentException("Le code d’un courriel ne va jamais dans son sujet");
            }
        }
    }

    public Rendu rendre(Courriel courriel) {
        refuserUnCodeDansLeSujet(courriel);
        var modele = Map.of("courriel", courriel);
        return new Rendu(gabarits.rendre(GABARIT + ".txt", modele), gabarits.rendre(GABARIT + ".html", modele));
    }
}
