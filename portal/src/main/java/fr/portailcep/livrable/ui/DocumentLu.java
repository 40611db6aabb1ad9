package fr.portailcep.livrable.ui;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;

/**
 * The livrable as the person reads it on a phone: the body of the page the server renders from the livrable's
 * template ({@code LivrablesService.page}), put inside the portal's page rather than in a frame. A frame would be
 * read by screen readers as a separate document, and the portal's Content-Security-Policy forbids frames
 * ({@code frame-ancestors 'none'}, and no {@code frame-src}).
 * <p>
 * The template escapes every text typed by someone; the markup is still cleaned by an allow-list (text structure
 * and {@code class} only: no script, no style, no link target, no event handler), so that a template changed one
 * day cannot bring a script into the portal. The template's own styles stay out (they would apply to the whole
 * portal): {@code livrable.css} gives the same look under {@code .pc-document}. Headings go down one level, since
 * the page has its own {@code h1}.
 */
final class DocumentLu extends Div {

    /** Structure and text only; {@code class} for the look, {@code lang} for screen readers. */
    private static final Safelist PERMIS = Safelist.relaxed()
            .addTags("main", "footer", "section", "article", "header")
            .addAttributes(":all", "class", "lang")
            .removeTags("img", "a");

    DocumentLu(String page) {
        addClassName("pc-document");
        getElement().setAttribute("lang", "fr-FR");
        add(new Html("<div class=\"pc-document-feuille\">" + corps(page) + "</div>"));
    }

    /** The cleaned body of the page, headings one level down. */
    static String corps(String page) {
        Document propre = new Cleaner(PERMIS).clean(Jsoup.parse(page));
        for (int niveau = 5; niveau >= 1; niveau--) {
            propre.body().select("h" + niveau).tagName("h" + (niveau + 1));
        }
        propre.outputSettings().prettyPrint(false);
        return propre.body().html();
    }
}
