package fr.portailcep.parcours;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One item of the timeline "Mon parcours": a unit of work that starts or ends, a rendez-vous, a livrable, an
 * action due, an event. Titles and details are keys with arguments ({@link Libelle}), translated by the view.
 */
public record EtapeParcours(LocalDate date, NatureEtape nature, Libelle titre, Optional<Libelle> detail) {

    public enum NatureEtape {
        UNITE, FIN_UNITE, RENDEZ_VOUS, LIVRABLE, ACTION, EVENEMENT
    }
}
