package fr.portailcep.parcours;

import java.time.LocalDate;

/**
 * One item of the timeline "Mon parcours": a unit of work that starts or ends, a rendez-vous, a livrable, an
 * action due, an event. Titles and details are already in plain French.
 */
public record EtapeParcours(LocalDate date, NatureEtape nature, String titre, String detail) {

    public enum NatureEtape {
        UNITE, FIN_UNITE, RENDEZ_VOUS, LIVRABLE, ACTION, EVENEMENT
    }
}
