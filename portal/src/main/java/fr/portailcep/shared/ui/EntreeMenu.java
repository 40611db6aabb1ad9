package fr.portailcep.shared.ui;

import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * An entry of the navigation, declared as a bean by the feature that owns the view, so that the layouts do not
 * know the features: {@code @Bean EntreeMenu menuRendezVous() { … }}.
 *
 * @param cleLibelle the bundle key of the label (short: it fits under an icon on a phone)
 * @param chemin the route, without leading slash
 * @param ordre entries are sorted by increasing order
 * @param compteur optional: a number shown beside the label when above zero (unread messages), read at each
 *         navigation; null when the entry has none
 */
public record EntreeMenu(String cleLibelle, String chemin, VaadinIcon icone, int ordre, Set<Public> publics,
        Supplier<Long> compteur) {

    public EntreeMenu(String cleLibelle, String chemin, VaadinIcon icone, int ordre, Set<Public> publics) {
        this(cleLibelle, chemin, icone, ordre, publics, null);
    }

    public boolean visiblePour(Public p) {
        return publics.contains(p);
    }

    /** The number to show, 0 when none (or when it cannot be read). */
    public long valeurCompteur() {
        if (compteur == null) {
            return 0;
        }
        try {
            var valeur = compteur.get();
            return valeur == null ? 0 : valeur;
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
