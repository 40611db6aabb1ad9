package fr.portailcep.signature;

/**
 * An act the ceremony recorded: its evidence entry's number, and whether the document is now sealed (every signer
 * has signed).
 */
public record ActeEnregistre(long numeroPreuve, boolean scelle) {
}
