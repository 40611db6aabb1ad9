package fr.portailcep.parcours.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;

/**
 * The sections of a dossier as a row of toggle buttons (aria-pressed) over one panel shown at a time. Plain HTML
 * rather than Vaadin's TabSheet, whose tab list fails axe's "aria-required-children" rule.
 */
class Onglets extends Div {

    private record Onglet(String id, Button bouton, Component panneau) {
    }

    private final Nav barre = new Nav();
    private final Div contenu = new Div();
    private final List<Onglet> onglets = new ArrayList<>();
    private Consumer<String> auChangement = id -> { };

    Onglets(String libelle) {
        addClassName("pc-onglets");
        barre.addClassName("pc-onglets-barre");
        barre.getElement().setAttribute("aria-label", libelle);
        contenu.addClassName("pc-onglets-contenu");
        add(barre, contenu);
    }

    void ajouter(String id, String libelle, Component panneau) {
        var bouton = new Button(libelle, e -> selectionner(id));
        bouton.setId(id);
        bouton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bouton.addClassName("pc-onglet");
        barre.add(bouton);
        panneau.setVisible(false);
        contenu.add(panneau);
        onglets.add(new Onglet(id, bouton, panneau));
        if (onglets.size() == 1) {
            montrer(id);
        }
    }

    void auChangement(Consumer<String> action) {
        auChangement = action;
    }

    void selectionner(String id) {
        if (onglets.stream().anyMatch(o -> o.id().equals(id))) {
            montrer(id);
            auChangement.accept(id);
        }
    }

    private void montrer(String id) {
        for (var onglet : onglets) {
            var actif = onglet.id().equals(id);
            onglet.panneau().setVisible(actif);
            onglet.bouton().getElement().setAttribute("aria-pressed", String.valueOf(actif));
            if (actif) {
                onglet.bouton().addClassName("pc-onglet-actif");
            } else {
                onglet.bouton().removeClassName("pc-onglet-actif");
            }
        }
    }
}
