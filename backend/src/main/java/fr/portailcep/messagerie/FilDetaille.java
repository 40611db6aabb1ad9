package fr.portailcep.messagerie;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A thread to show: its messages in order, their attachments, and the names of their authors. */
public record FilDetaille(FilMessages fil, List<InfoPieceJointe> pieces, Map<UUID, String> auteurs,
        String personne) {

    public List<InfoPieceJointe> piecesDe(UUID messageId) {
        return pieces.stream().filter(p -> p.messageId().equals(messageId)).toList();
    }
}
