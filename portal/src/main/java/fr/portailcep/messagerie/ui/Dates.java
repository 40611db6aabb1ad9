package fr.portailcep.messagerie.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import fr.portailcep.messagerie.Attente;

/** How long a person has waited, in the words of the messagerie (dates themselves: {@code shared.Formats}). */
final class Dates {

    private Dates() {
    }

    static String attente(com.vaadin.flow.component.Component composant, Instant depuis, Clock horloge) {
        return Attente.decrire(Duration.between(depuis, horloge.instant()), composant::getTranslation);
    }
}
