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
    SESSION_REVOQUEE
}
