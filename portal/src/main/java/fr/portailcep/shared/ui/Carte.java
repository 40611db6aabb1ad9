package fr.portailcep.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** A white card with a title: the building block of homes and pages. */
public class Carte extends Section {

    public Carte(String titre, Component... contenu) {
        addClassName("pc-carte");
        add(new H2(titre));
        add(contenu);
    }
}
