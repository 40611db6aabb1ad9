package fr.portailcep.mediation.ui;

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

import fr.portailcep.mediation.MediationService;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.EspaceProLayout;

/** The correspondant médiation: the admissible referrals of the people their team follows. */
@Route(value = MediationsView.ROUTE, layout = EspaceProLayout.class)
@RolesAllowed("MANAGER")
public class MediationsView extends Div implements HasDynamicTitle {

    static final String ROUTE = "espace-pro/mediation";

    public MediationsView(MediationService mediation) {
        addClassNames("pc-page", "pc-mediation-page");
        add(new H1(getTranslation("mediation.correspondant.titre")));
        var section = new Section(new Paragraph(getTranslation("mediation.correspondant.intro")));
        section.addClassName("pc-carte");
        var mediations = mediation.mediations();
        if (mediations.isEmpty()) {
            section.add(new Paragraph(getTranslation("mediation.correspondant.aucune")));
        } else {
            var liste = new UnorderedList();
            liste.addClassName("pc-liste-simple");
            liste.setId("mediations");
            for (var s : mediations) {
                var lien = new Anchor("/" + ROUTE + "/" + s.id(), getTranslation("mediation.correspondant.ligne",
                        s.numero(), s.personne()));
                lien.addClassName("pc-lien");
                var date = new Span(" – " + getTranslation("mediation.correspondant.recue",
                        Formats.francais().date(s.recueLe())) + " ");
                liste.add(new ListItem(lien, date, Affichage.etat(this, s.etat())));
            }
            section.add(liste);
        }
        add(section);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mediation.correspondant.titre") + " – " + getTranslation("portail.nom");
    }
}
