package fr.portailcep.shared.ui;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * An entry of the navigation, declared as a bean by the feature that owns the view, so that the layouts do not
 * know the features: {@code @Bean EntreeMenu menuRendezVous() { … }}.
 *
 * @param cleLibelle the bundle key of the label (short: it fits under an icon on a phone)
 * @param chemin the route, without leading slash
 * @param ordre entries are sorted by increasing order
 */
public record EntreeMenu(String cleLibelle, String chemin, VaadinIcon icone, int ordre, Set<Public> publics) {

    public boolean visiblePour(Public p) {
        return publics.contains(p);
    }
}
