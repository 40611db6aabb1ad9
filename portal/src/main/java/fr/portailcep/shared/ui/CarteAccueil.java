package fr.portailcep.shared.ui;

import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;

/**
 * A card of a home page, declared as a bean by the feature that owns it (the next rendez-vous, the messages
 * waiting, the deadlines…), so that the homes do not know the features.
 */
public interface CarteAccueil {

    Set<Public> publics();

    /** Cards are sorted by increasing order. */
    int ordre();

    /** A new component, for one page. Return null when the card has nothing to show to this person. */
    Component creer();

    /** A card made by a function: {@code CarteAccueil.de(Set.of(Public.MANAGER), 90, () -> new Carte(…))}. */
    static CarteAccueil de(Set<Public> publics, int ordre, Supplier<Component> fabrique) {
        return new CarteAccueil() {
            @Override
            public Set<Public> publics() {
                return publics;
            }

            @Override
            public int ordre() {
                return ordre;
            }

            @Override
            public Component creer() {
                return fabrique.get();
            }
        };
    }
}
