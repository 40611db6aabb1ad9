package fr.portailcep.reclamation;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An attachment of a réclamation, checked by its content like a message's ({@code VerificationPieceJointe}). */
@Entity
@Table(name = "piece_reclamation")
class PieceReclamation {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String nom;

    @Column(name = "type_mime", nullable = false, updatable = false)
    private String typeMime;

    @Column(nullable = false, updatable = false)
    private int taille;

    @Column(nullable = false, updatable = false)
    private byte[] contenu;

    protected PieceReclamation() {
    }

    PieceReclamation(String nom, String typeMime, byte[] contenu) {
        this.id = UUID.randomUUID();
        this.nom = nom;
        this.typeMime = typeMime;
        this.taille = contenu.length;
        this.contenu = contenu;
    }

    UUID id() {
        return id;
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
