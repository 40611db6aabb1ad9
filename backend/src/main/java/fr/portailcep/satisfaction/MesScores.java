package fr.portailcep.satisfaction;

import java.util.Optional;

/**
 * A conseiller's own indicator 8.1, over the surveys of the units they engaged: shown only from
 * {@link #REPONSES_MINIMUM} complete answers, so that no one answer can be told apart.
 *
 * @param reponses complete answers about this conseiller
 * @param part the share, empty below the minimum
 */
public record MesScores(int reponses, Optional<Indicateur81.Part> part) {

    public static final int REPONSES_MINIMUM = 5;
}
