package fr.portailcep.livrable;

/** Where a livrable stands. */
public enum EtatLivrable {
    /** The conseiller writes it; the person may already read it and comment. */
    BROUILLON,
    /** Submitted: its current version is frozen and waits for the signatures. */
    EN_SIGNATURE,
    /** Signed by everyone and sealed: final, the unit is closed. */
    SIGNE,
    /** Its unit closed without it (abandon): kept, no longer signable. */
    CADUC
}
