package fr.portailcep.compte;

/** What the sign-in journal records (kept for audit; CCTP annexe 3 asks for traceability of access). */
public enum EvenementConnexion {
    CODE_DEMANDE,
    DEMANDE_LIMITEE,
    CODE_REFUSE,
    CODE_BLOQUE,
    LIEN_REFUSE,
    CONNEXION_REUSSIE,
    CONNEXION_ECHOUEE,
    DECONNEXION,
    CLE_ACCES_AJOUTEE,
    CLE_ACCES_SUPPRIMEE,
    /** A manager removed every passkey and closed every session of a professional who lost their passkey. */
    ACCES_REINITIALISE,
    /** A manager deactivated the account of someone who left; reactivation is recorded too. */
    COMPTE_DESACTIVE,
    COMPTE_REACTIVE,
    SESSION_REVOQUEE,
    /** Repeated wrong codes: sign-in by email suspended for the address (issue 8, finding 1). */
    COURRIEL_VERROUILLE,
    /** A session ended by the portal: inactivity or maximum lifetime (issue 8, finding 4). */
    SESSION_EXPIREE,
    /** The person confirmed who they are in an open session (before adding a passkey). */
    IDENTITE_CONFIRMEE
}
