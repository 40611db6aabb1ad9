package fr.portailcep.mediation;

/** What may happen next to a referral, for the person looking at it (the aggregate's answer, DD014). */
public enum ActeSaisine {
    /** Médiateur: declare it admissible or not, with a reason. */
    STATUER,
    /** Médiateur: ask for access to the dossier (read-only, for a limited time). */
    DEMANDER_ACCES,
    /** Médiateur: read the dossier while the access is open. */
    LIRE_DOSSIER,
    /** Médiateur: write to the person. */
    ECRIRE_PERSONNE,
    /** Médiateur: write to the correspondant médiation. */
    ECRIRE_CORRESPONDANT,
    /** Médiateur: record the outcome. */
    ENREGISTRER_ISSUE,
    /** Médiateur: close, once the outcome is recorded. */
    CLORE,
    /** The person or the correspondant: write to the médiateur (each on their own thread). */
    ECRIRE_MEDIATEUR
}
