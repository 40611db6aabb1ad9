package fr.portailcep.messagerie.ui;

import java.time.Clock;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.messagerie.MessagerieService;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.EspaceProLayout;

/** The conseiller's inbox: who waits for an answer, and for how long, the longest wait first. */
@Route(value = "conseiller/messages", layout = EspaceProLayout.class)
@RolesAllowed({"CONSEILLER", "MANAGER"})
public class BoiteView extends Div implements HasDynamicTitle {

    public BoiteView(MessagerieService messagerie, Clock horloge) {
        addClassName("pc-page");
        add(new H1(getTranslation("messagerie.boite.titre")),
                new Paragraph(getTranslation("messagerie.boite.texte")));
        var section = new Section();
        section.addClassName("pc-carte");
        section.setId("boite");
        var fils = messagerie.boite();
        if (fils.isEmpty()) {
            section.add(new Paragraph(getTranslation("messagerie.boite.vide")));
        }
        var liste = new UnorderedList();
        liste.addClassName("pc-liste-objets");
        for (var resume : fils) {
            var nom = new Anchor("/conseiller/messages/" + resume.id(), resume.personne() + " – " + resume.fil().sujet());
            nom.addClassName("pc-objet-titre");
            var details = new Span(getTranslation("messagerie.fils.dernier",
                    Formats.francais().relatif(resume.fil().dernierMessageLe(), horloge)));
            details.addClassName("pc-objet-details");
            var droite = new Div();
            droite.addClassName("pc-urgences");
            resume.fil().attenteDepuis().ifPresentOrElse(depuis -> {
                var attente = new Span(getTranslation("messagerie.boite.attente", Dates.attente(this, depuis, horloge)));
                attente.addClassNames("pc-badge", "pc-badge-alerte", "pc-attente");
                droite.add(attente);
            }, () -> {
                var repondu = new Span(getTranslation("messagerie.boite.repondu"));
                repondu.addClassNames("pc-badge", "pc-badge-neutre");
                droite.add(repondu);
            });
            if (resume.nonLus() > 0) {
                var nonLus = new Span(getTranslation("messagerie.fils.nonlus", resume.nonLus()));
                nonLus.addClassNames("pc-badge", "pc-badge-attention");
                droite.add(nonLus);
            }
            var item = new ListItem(new Div(nom, details), droite);
            item.addClassName("pc-objet");
            liste.add(item);
        }
        section.add(liste);
        add(section);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messagerie.boite.titre") + " – " + getTranslation("portail.nom");
    }
}
