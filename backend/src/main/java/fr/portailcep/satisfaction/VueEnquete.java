package fr.portailcep.satisfaction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import fr.portailcep.parcours.UniteOeuvre;

/**
 * A survey as its person sees it.
 *
 * @param modifiable whether answers and comment can still be given or changed (until {@code ouverteJusquAu})
 */
public record VueEnquete(UUID id, UniteOeuvre uo, LocalDate closeLe, Optional<Niveau> qualite,
        Optional<Niveau> utilite, Optional<String> commentaire, boolean modifiable, Instant ouverteJusquAu,
        boolean sansReponse) {

    /** The longest comment. */
    public static final int LONGUEUR_COMMENTAIRE = EnqueteSatisfaction.LONGUEUR_COMMENTAIRE;
}
