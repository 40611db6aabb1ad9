package fr.portailcep.shared.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** A home: a title, a line of introduction, and the cards of every feature for this public. */
public class PageAccueil extends Div {

    public PageAccueil(String titre, String introduction, List<CarteAccueil> cartes, Public pour) {
        addClassNames("pc-page", "pc-accueil");
        add(new H1(titre));
        if (introduction != null) {
            var intro = new Paragraph(introduction);
            intro.addClassName("pc-intro");
            add(intro);
        }
        var grille = new Div();
        grille.addClassName("pc-grille-cartes");
        cartes.stream().filter(c -> c.publics().contains(pour)).sorted(Comparator.comparingInt(CarteAccueil::ordre))
                .map(CarteAccueil::creer).filter(Objects::nonNull).forEach(grille::add);
        add(grille);
    }
}
