package fr.portailcep.messagerie;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An attachment of a message, stored with its type as detected from its content. */
@Entity
@Table(name = "piece_jointe")
class PieceJointe {

    @Id
    private UUID id;

    @Column(name = "message_id", nullable = false)
    private UUID messageId;

    @Column(nullable = false)
    private String nom;

    @Column(name = "type_mime", nullable = false)
    private String typeMime;

    @Column(nullable = false)
    private int taille;

    @Column(nullable = false)
    private byte[] contenu;

    protected PieceJointe() {
    }

    PieceJointe(UUID messageId, VerificationPieceJointe.Acceptee verifiee) {
        this.id = UUID.randomUUID();
        this.messageId = messageId;
        this.nom = verifiee.nom();
        this.typeMime = verifiee.typeMime();
        this.taille = verifiee.contenu().length;
        this.contenu = verifiee.contenu();
    }

    UUID id() {
        return id;
    }

    UUID messageId() {
        return messageId;
    }

    String nom() {
        return nom;
    }

    String typeMime() {
        return typeMime;
    }

    byte[] contenu() {
        return contenu;
    }
}
