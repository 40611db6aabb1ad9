package fr.portailcep.parcours;

/** What happened to a dossier; each status change records one. */
public enum TypeEvenement {
    DOSSIER_OUVERT,
    DEMANDE_RECUE,
    DOSSIER_ROUVERT,
    UNITE_ENGAGEE,
    UNITE_CLOSE,
    UNITE_ABANDONNEE,
    REFERENT_NOMME,
    REFERENT_CHANGE,
    DOSSIER_CLOS
}
