package fr.portailcep.signature;

/** What an entry of the evidence journal records. */
public enum ActePreuve {
    /** A passkey assertion over the manifest's hash approved the version. */
    SIGNATURE,
    /** A one-time code sent by email approved the version (weaker: no key bound to the person signed). */
    CODE_COURRIEL,
    /** The signer refused the version, with a reason. */
    REFUS,
    /** The signer asked to sign on paper. */
    PAPIER_DEMANDE,
    /** A one-time code was sent by email for an intent (no approval yet). */
    CODE_ENVOYE,
    /** The scan of the signed paper was received and hashed. */
    SCAN_PAPIER,
    /** The conseiller attested the scan with their passkey (decision ATTESTE_PAPIER). */
    ATTESTATION_PAPIER,
    /** A conseiller recorded that they checked the identity of a passkey's owner during a held rendez-vous. */
    IDENTITE_VERIFIEE
}
