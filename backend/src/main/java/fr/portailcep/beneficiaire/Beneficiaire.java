package fr.portailcep.beneficiaire;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A working person who asked the service for help. Created with the account (or at a first booking); the
 * annexe 2 profile is filled progressively, never the NIR at first contact.
 */
@Entity
@Table(name = "beneficiaire")
public class Beneficiaire {

    @Id
    private UUID id;

    @Column(name = "compte_id", unique = true)
    private UUID compteId;

    private String prenom;

    private String nom;

    @Column(nullable = false)
    private String email;

    private String telephone;

    @Column(name = "cree_le", nullable = false)
    private Instant creeLe;

    @Version
    private Long version;

    protected Beneficiaire() {
    }

    Beneficiaire(UUID compteId, String email, String prenom, String nom, Instant creeLe) {
        this.id = UUID.randomUUID();
        this.compteId = compteId;
        this.email = email;
        this.prenom = prenom;
        this.nom = nom;
        this.creeLe = creeLe;
    }

    void completerIdentite(String prenom, String nom, String telephone) {
        if (prenom != null && !prenom.isBlank()) {
            this.prenom = prenom.strip();
        }
        if (nom != null && !nom.isBlank()) {
            this.nom = nom.strip();
        }
        if (telephone != null && !telephone.isBlank()) {
            this.telephone = telephone.strip();
        }
    }

    public UUID id() {
        return id;
    }

    public UUID compteId() {
        return compteId;
    }

    public String prenom() {
        return prenom;
    }

    public String nom() {
        return nom;
    }

    public String nomAffiche() {
        var complet = ((prenom == null ? "" : prenom) + " " + (nom == null ? "" : nom)).strip();
        return complet.isEmpty() ? email : complet;
    }

    public String email() {
        return email;
    }

    public String telephone() {
        return telephone;
    }

    public Instant creeLe() {
        return creeLe;
    }
}
