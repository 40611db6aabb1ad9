package fr.portailcep.parcours;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of a dossier's history for the team, as a code and its arguments: the view says it in words
 * ({@code evenement.<type>}). The names are resolved here; an empty author is the system (a job, a booking).
 */
public record LigneHistorique(Instant horodatage, TypeEvenement type, Optional<UniteOeuvre> uo,
        Optional<NumeroDossier> numero, Optional<MotifCloture> motifCloture, String cible, Optional<String> auteur,
        Optional<String> texte) {
}
