package fr.portailcep.signature;

/**
 * Prints a version for a signature by hand: the same PDF with a footer (document id, version, short hash, QR code
 * to the verification page). Declared here for the paper path; its implementation belongs to the seal's work.
 */
public interface CopiePapier {

    byte[] imprimer(DocumentASigner doc, String lienVerification);
}
