package fr.portailcep.shared.courriel;

import org.springframework.stereotype.Component;

import fr.portailcep.shared.Textes;

/**
 * Renders a {@link Courriel} as HTML and plain text, with the same header and footer for every message. The
 * footer always says who the médiateur de France compétences is and how to reach them.
 */
@Component
public class MiseEnPage {

    private final Textes textes;

    public MiseEnPage(Textes textes) {
        this.textes = textes;
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

    /** Escapes only what HTML needs (the courriel is UTF-8: accents stay as they are). */
    private static String echapper(String texte) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(texte == null ? "" : texte, "UTF-8");
    }

    public Rendu rendre(Courriel courriel) {
        refuserUnCodeDansLeSujet(courriel);
        var texte = new StringBuilder();
        var html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(echapper(courriel.sujet())).append("</title></head>")
                .append("<body style=\"margin:0;padding:0;background:#f3f5f7;font-family:Arial,Helvetica,sans-serif;")
                .append("color:#1b1f23;font-size:16px;line-height:1.5\">")
                .append("<div style=\"max-width:560px;margin:0 auto;padding:24px 16px\">")
                .append("<p style=\"font-weight:bold;color:#0b4f8a;font-size:18px;margin:0 0 16px\">")
                .append(echapper(textes.get("courriel.entete"))).append("</p>")
                .append("<div style=\"background:#ffffff;border-radius:8px;padding:24px\">");
        if (courriel.salutation() != null) {
            texte.append(courriel.salutation()).append("\n\n");
            html.append("<p style=\"margin:0 0 16px\">").append(echapper(courriel.salutation())).append("</p>");
        }
        for (var bloc : courriel.blocs()) {
            switch (bloc) {
                case Courriel.Paragraphe p -> {
                    texte.append(p.texte()).append("\n\n");
                    html.append("<p style=\"margin:0 0 16px\">").append(echapper(p.texte())).append("</p>");
                }
                case Courriel.Bouton b -> {
                    texte.append(b.libelle()).append(" : ").append(b.url()).append("\n\n");
                    html.append("<p style=\"margin:24px 0\"><a href=\"").append(echapper(b.url()))
                            .append("\" style=\"background:#0b4f8a;color:#ffffff;padding:12px 20px;border-radius:6px;")
                            .append("text-decoration:none;font-weight:bold;display:inline-block\">")
                            .append(echapper(b.libelle())).append("</a></p>");
                }
                case Courriel.Code c -> {
                    texte.append(c.code()).append("\n\n");
                    html.append("<p style=\"margin:16px 0;font-size:28px;letter-spacing:6px;font-weight:bold;")
                            .append("font-family:monospace\">").append(echapper(c.code())).append("</p>");
                }
            }
        }
        var signature = textes.get("courriel.signature");
        var mediateurTitre = textes.get("courriel.mediateur.titre");
        var mediateur = textes.get("courriel.mediateur.texte");
        var confidentialite = textes.get("courriel.confidentialite");
        texte.append(signature).append("\n\n-- \n")
                .append(mediateurTitre).append("\n").append(mediateur).append("\n\n").append(confidentialite).append("\n");
        html.append("<p style=\"margin:24px 0 0\">").append(echapper(signature)).append("</p></div>")
                .append("<div style=\"font-size:14px;color:#3d4752;padding:16px 8px\">")
                .append("<p style=\"margin:0 0 4px;font-weight:bold\">").append(echapper(mediateurTitre)).append("</p>")
                .append("<p style=\"margin:0 0 12px\">").append(echapper(mediateur)).append("</p>")
                .append("<p style=\"margin:0\">").append(echapper(confidentialite)).append("</p>")
                .append("</div></div></body></html>");
        return new Rendu(texte.toString(), html.toString());
    }
}
