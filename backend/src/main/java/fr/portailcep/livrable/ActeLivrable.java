package fr.portailcep.livrable;

/** What someone may do with a livrable now: the aggregate answers, the views render its answer. */
public enum ActeLivrable {
    /** The conseiller changes the text (after submission: a new version, pending signatures cancelled). */
    MODIFIER,
    /** The conseiller submits the draft for signature (its PDF is frozen). */
    SOUMETTRE,
    /** The person or the conseiller comments on the version they read. */
    COMMENTER,
    /** This signer approves the current version (passkey, or one-time code). */
    SIGNER,
    /** This signer refuses the current version, with a reason. */
    REFUSER,
    /** This signer prefers to sign on paper. */
    DEMANDER_PAPIER,
    /** The conseiller prints the paper copy (footer with id, version, short hash, QR code). */
    IMPRIMER,
    /** The conseiller uploads the scan of the signed paper and attests it with their passkey. */
    DEPOSER_SCAN
}
