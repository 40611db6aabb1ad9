package fr.portailcep.messagerie;

/** An attachment to download, once the right to it has been checked. */
public record ContenuPieceJointe(String nom, String typeMime, byte[] contenu) {
}
