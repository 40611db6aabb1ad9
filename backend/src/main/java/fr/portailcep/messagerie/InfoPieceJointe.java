package fr.portailcep.messagerie;

import java.util.UUID;

/** What a thread shows of an attachment, without its content. */
public record InfoPieceJointe(UUID id, UUID messageId, String nom, String typeMime, int taille) {
}
