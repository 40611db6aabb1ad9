package fr.portailcep.reclamation;

/** A motive of réclamation, from the reference list (table {@code motif_reclamation}: data, not code). */
public record MotifReclamation(String code, String libelle) {
}
