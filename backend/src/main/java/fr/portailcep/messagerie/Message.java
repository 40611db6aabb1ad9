package fr.portailcep.messagerie;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One message of a thread, written by the person or by a member of the team, read or not by the other side. */
@Entity
@Table(name = "message")
public class Message {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fil_id")
    private FilMessages fil;

    @Column(name = "auteur_id", nullable = false)
    private UUID auteurId;

    @Column(name = "de_beneficiaire", nullable = false)
    private boolean deBeneficiaire;

    @Column(nullable = false)
    private String texte;

    @Column(name = "envoye_le", nullable = false)
    private Instant envoyeLe;

    @Column(name = "lu_le")
    private Instant luLe;

    protected Message() {
    }

    Message(FilMessages fil, UUID auteurId, boolean deBeneficiaire, String texte, Instant envoyeLe) {
        this.id = UUID.randomUUID();
        this.fil = fil;
        this.auteurId = auteurId;
        this.deBeneficiaire = deBeneficiaire;
        this.texte = texte;
        this.envoyeLe = envoyeLe;
    }

    void lire(Instant quand) {
        if (luLe == null) {
            luLe = quand;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID auteurId() {
        return auteurId;
    }

    public boolean deBeneficiaire() {
        return deBeneficiaire;
    }

    public String texte() {
        return texte;
    }

    public Instant envoyeLe() {
        return envoyeLe;
    }

    public Optional<Instant> luLe() {
        return Optional.ofNullable(luLe);
    }

    public boolean lu() {
        return luLe != null;
    }
}
