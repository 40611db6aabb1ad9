package fr.portailcep.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** What the médiateur de France compétences does and how to reach them, in plain words. Public. */
@Route(value = "mediateur", layout = PortailLayout.class)
@AnonymousAllowed
public class MediateurView extends Div implements HasDynamicTitle {

    public MediateurView() {
        addClassName("pc-page");
        add(new H1(getTranslation("mediateur.titre")),
                new Paragraph(getTranslation("mediateur.intro")),
                new H2(getTranslation("mediateur.etapes.titre")));
        var etapes = new UnorderedList(
                new ListItem(getTranslation("mediateur.etape1")),
                new ListItem(getTranslation("mediateur.etape2")),
                new ListItem(getTranslation("mediateur.etape3")));
        etapes.addClassName("pc-liste");
        add(etapes,
                new H2(getTranslation("mediateur.contact.titre")),
                new Paragraph(getTranslation("mediateur.contact.courrier")),
                new Paragraph(getTranslation("mediateur.contact.formulaire")),
                new Paragraph(getTranslation("mediateur.gratuit")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mediateur.titre") + " – " + getTranslation("portail.nom");
    }
}
