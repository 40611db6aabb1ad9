package fr.portailcep.signature;

/**
 * How an approval was given, strongest first. Written in the evidence and on the signature page.
 */
public enum MethodeSignature {
    /** A passkey signed the manifest's hash, user verification required. */
    CLE_ACCES,
    /** A one-time code sent by email was typed back: a weaker link between the person and the act. */
    CODE_COURRIEL,
    /** Signed by hand on the printed version; the scan is attested by the conseiller with their passkey. */
    PAPIER
}
