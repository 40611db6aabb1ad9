package fr.portailcep.parcours.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.parcours.SuiviConseiller;
import fr.portailcep.shared.ui.EspaceProLayout;

/** "Mes dossiers": the conseiller's caseload sorted by urgency, and a search to find any person. */
@Route(value = "conseiller/dossiers", layout = EspaceProLayout.class)
@RolesAllowed("CONSEILLER")
public class MesDossiersView extends Div implements HasDynamicTitle {

    public MesDossiersView(SuiviConseiller suivi) {
        addClassName("pc-page");
        add(new H1(getTranslation("portefeuille.titre")));

        var recherche = new TextField(getTranslation("portefeuille.recherche"));
        recherche.setId("recherche");
        recherche.setPrefixComponent(VaadinIcon.SEARCH.create());
        recherche.setHelperText(getTranslation("portefeuille.recherche.aide"));
        recherche.setValueChangeMode(ValueChangeMode.LAZY);
        recherche.setWidth("100%");
        recherche.setMaxWidth("32rem");
        var resultats = new UnorderedList();
        resultats.addClassName("pc-liste-objets");
        resultats.setId("resultats");
        recherche.addValueChangeListener(e -> {
            resultats.removeAll();
            var trouves = suivi.rechercher(e.getValue());
            if (trouves.isEmpty() && e.getValue().strip().length() >= 2) {
                resultats.add(new ListItem(getTranslation("portefeuille.recherche.aucun")));
            }
            trouves.forEach(b -> {
                var lien = new Anchor("/conseiller/dossiers/" + b.id(), b.nomAffiche());
                lien.addClassName("pc-objet-titre");
                var email = new Span(b.email());
                email.addClassName("pc-objet-details");
                var item = new ListItem(new Div(lien, email));
                item.addClassName("pc-objet");
                resultats.add(item);
            });
        });
        var trouver = new Section(new H2(getTranslation("portefeuille.trouver")), recherche, resultats);
        trouver.addClassName("pc-carte");

        var lignes = suivi.portefeuille();
        var portefeuille = new Section(new H2(getTranslation("portefeuille.liste")),
                new Paragraph(getTranslation("portefeuille.liste.texte")));
        portefeuille.addClassName("pc-carte");
        portefeuille.setId("portefeuille");
        if (lignes.isEmpty()) {
            portefeuille.add(new Paragraph(getTranslation("portefeuille.vide")));
        } else {
            portefeuille.add(new LignesPortefeuille(lignes));
        }
        add(portefeuille, trouver);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portefeuille.titre") + " – " + getTranslation("portail.nom");
    }
}
