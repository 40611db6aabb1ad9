package fr.portailcep.shared.ui;

import com.vaadin.flow.component.html.Span;

/** A short status beside a title ("Ouvert", "En pause"): {@code variante} picks the colour (pc-badge-…), or none. */
public class Badge extends Span {

    public Badge(String texte, String variante) {
        super(texte);
        addClassName("pc-badge");
        if (variante != null) {
            addClassName("pc-badge-" + variante);
        }
    }
}
