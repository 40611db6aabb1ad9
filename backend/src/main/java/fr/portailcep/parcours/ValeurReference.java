package fr.portailcep.parcours;

/** One value of a reference table: a stable code and its label. */
public record ValeurReference(Referentiel referentiel, String code, String libelle) {
}
