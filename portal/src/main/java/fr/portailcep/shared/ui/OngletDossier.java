package fr.portailcep.shared.ui;

import java.util.UUID;

import com.vaadin.flow.component.Component;

/**
 * A tab of a person's dossier that another feature adds (the livrables…), declared as a bean so that the dossier
 * does not know the features, as {@link EntreeMenu} for the navigation.
 */
public interface OngletDossier {

    /** The id of the tab's button ({@code onglet-livrables}). */
    String id();

    /** The bundle key of the tab's label. */
    String cleLibelle();

    /** Tabs of the features come after the dossier's own, by increasing order, before the history. */
    int ordre();

    /** A new panel for this person's dossier, for one page. */
    Component creer(UUID beneficiaireId);
}
