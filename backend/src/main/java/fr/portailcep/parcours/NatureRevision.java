package fr.portailcep.parcours;

/** What a revision of an action records. */
public enum NatureRevision {
    CREATION, PROPOSITION, VALIDATION, MODIFICATION, STATUT, COMMENTAIRE, CHOIX_ORGANISME, RELANCE
}
