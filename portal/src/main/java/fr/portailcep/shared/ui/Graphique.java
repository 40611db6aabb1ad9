package fr.portailcep.shared.ui;

import java.util.List;
import java.util.function.DoubleFunction;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;

/**
 * A chart ({@link GraphiqueSvg}) and its data table, in one section with a heading: the image for the eyes, the
 * table for screen readers and for anyone who wants the figures (both always shown).
 */
public class Graphique extends Section {

    /**
     * @param colonnes the table's two headings: what the points are ("Mois"), what their value is ("Part positive")
     * @param details for each point, more columns (the counts behind a share), may be empty
     * @param colonnesDetails the headings of those columns
     */
    public Graphique(String id, GraphiqueSvg.Sorte sorte, String titre, String description,
            List<GraphiqueSvg.Point> points, double max, DoubleFunction<String> etiquette, List<String> colonnes,
            List<String> colonnesDetails, List<List<String>> details) {
        setId(id);
        addClassName("pc-graphique");
        var dessin = new Div();
        dessin.addClassName("pc-graphique-dessin");
        dessin.getElement().setProperty("innerHTML",
                GraphiqueSvg.rendre(sorte, id + "-svg", titre, description, points, max, etiquette));
        var table = new NativeTable();
        table.addClassName("pc-graphique-table");
        table.setId(id + "-donnees");
        var legende = new NativeTableCaption();
        legende.setText(getTranslation("graphique.donnees", titre));
        table.add(legende);
        var entete = new NativeTableRow();
        entete.add(enTete(colonnes.get(0)), enTete(colonnes.get(1)));
        colonnesDetails.forEach(c -> entete.add(enTete(c)));
        var thead = new NativeTableHeader();
        thead.add(entete);
        var corps = new NativeTableBody();
        for (var i = 0; i < points.size(); i++) {
            var p = points.get(i);
            var ligne = new NativeTableRow();
            var nom = new NativeTableHeaderCell(p.libelle().replace('\n', ' '));
            nom.getElement().setAttribute("scope", "row");
            ligne.add(nom, new NativeTableCell(p.valeur() == null ? "–" : p.texte()));
            if (i < details.size()) {
                details.get(i).forEach(d -> ligne.add(new NativeTableCell(d)));
            }
            corps.add(ligne);
        }
        table.add(thead, corps);
        var defilement = new Div(table);
        defilement.addClassName("pc-graphique-defilement");
        // A table wider than a phone scrolls: reachable and named for the keyboard and screen readers.
        defilement.getElement().setAttribute("tabindex", "0");
        defilement.getElement().setAttribute("role", "region");
        defilement.getElement().setAttribute("aria-label", getTranslation("graphique.donnees", titre));
        add(new H2(titre), dessin, defilement);
    }

    private static NativeTableHeaderCell enTete(String texte) {
        var cellule = new NativeTableHeaderCell(texte);
        cellule.getElement().setAttribute("scope", "col");
        return cellule;
    }
}
