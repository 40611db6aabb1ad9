package fr.portailcep.parcours.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

import fr.portailcep.parcours.Contact;

/**
 * The card of the person's référent unique (or conseiller): who they are, and how to reach them "sans préalable
 * formel" (CCTP §2.1.3): a message at any time, the site's phone and address.
 */
class CarteContact extends Section {

    CarteContact(Contact contact) {
        addClassNames("pc-carte", "pc-contact");
        setId("mon-referent");
        add(new H2(getTranslation(contact.referent() ? "parcours.contact.referent" : "parcours.contact.conseiller")));
        var initiales = new Span(initiales(contact));
        initiales.addClassName("pc-contact-initiales");
        initiales.getElement().setAttribute("aria-hidden", "true");
        var nom = new Span(contact.nomAffiche());
        nom.addClassName("pc-contact-nom");
        var identite = new Div(initiales, nom);
        identite.addClassName("pc-contact-identite");
        add(identite, new Paragraph(getTranslation(contact.referent() ? "parcours.contact.referent.texte"
                : "parcours.contact.conseiller.texte")));
        var ecrire = new Anchor("/messages", "");
        ecrire.add(new Icon(VaadinIcon.ENVELOPE), new Span(getTranslation("parcours.contact.ecrire", contact.nomAffiche())));
        ecrire.addClassNames("pc-bouton-lien", "pc-bouton-principal");
        ecrire.setId("ecrire-referent");
        add(ecrire);
        contact.site().ifPresent(site -> {
            var lieu = new Div();
            lieu.addClassName("pc-contact-site");
            lieu.add(new Paragraph(site.nom() + " – " + site.adresseComplete()));
            if (site.telephone() != null) {
                var tel = new Anchor("tel:" + site.telephone().replace(" ", ""),
                        getTranslation("parcours.contact.telephone", site.telephone()));
                tel.addClassName("pc-lien");
                lieu.add(new Paragraph(tel));
            }
            add(lieu);
        });
    }

    private static String initiales(Contact contact) {
        var p = contact.prenom() == null || contact.prenom().isEmpty() ? "" : contact.prenom().substring(0, 1);
        var n = contact.nom() == null || contact.nom().isEmpty() ? "" : contact.nom().substring(0, 1);
        return (p + n).toUpperCase();
    }
}
