package fr.portailcep.mediation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.mediation.MediationService;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.EspaceProLayout;

/** The médiateur's referrals, by date of receipt (the latest first), on a desk. */
@Route(value = SaisinesView.ROUTE, layout = EspaceProLayout.class)
@RolesAllowed("MEDIATEUR")
public class SaisinesView extends Div implements HasDynamicTitle {

    static final String ROUTE = "mediation/saisines";

    public SaisinesView(MediationService mediation) {
        addClassNames("pc-page", "pc-mediation-page");
        var nouvelle = new Anchor("/" + ROUTE + "/nouvelle", getTranslation("mediation.saisines.nouvelle"));
        nouvelle.addClassNames("pc-bouton-lien");
        nouvelle.setId("nouvelle-saisine");
        var entete = new Div(new H1(getTranslation("mediation.saisines.titre")), nouvelle);
        entete.addClassName("pc-mediation-entete");
        add(entete);
        var saisines = mediation.saisines();
        var section = new Section();
        section.addClassName("pc-carte");
        if (saisines.isEmpty()) {
            section.add(new Paragraph(getTranslation("mediation.saisines.aucune")));
            add(section);
            return;
        }
        var table = new NativeTable();
        table.addClassName("pc-mediation-table");
        table.setId("saisines");
        var tete = new NativeTableRow();
        for (var cle : new String[] {"numero", "personne", "recue", "origine", "etat"}) {
            var cellule = new NativeTableHeaderCell(getTranslation("mediation.saisines.colonne." + cle));
            cellule.getElement().setAttribute("scope", "col");
            tete.add(cellule);
        }
        var corps = new NativeTableBody();
        for (var s : saisines) {
            var lien = new Anchor("/" + ROUTE + "/" + s.id(), s.numero());
            lien.addClassName("pc-lien");
            var etat = new NativeTableCell(Affichage.etat(this, s.etat()));
            if (s.accesOuvert()) {
                etat.add(new Paragraph(getTranslation("mediation.saisines.acces-ouvert")));
            }
            corps.add(new NativeTableRow(new NativeTableCell(lien), new NativeTableCell(s.personne()),
                    new NativeTableCell(Formats.francais().date(s.recueLe())),
                    new NativeTableCell(getTranslation("mediation.origine." + s.origine().name())), etat));
        }
        table.add(new NativeTableHeader(tete), corps);
        section.add(table);
        add(section);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mediation.saisines.titre") + " – " + getTranslation("portail.nom");
    }
}
