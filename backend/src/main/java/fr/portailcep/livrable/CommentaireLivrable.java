package fr.portailcep.livrable;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A comment of the person or of the conseiller, on the version they read. */
@Entity
@Table(name = "commentaire_livrable")
public class CommentaireLivrable {

    /** The length of {@code commentaire_livrable.texte} (V500). */
    public static final int LONGUEUR_TEXTE = 2000;

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "livrable_id")
    private Livrable livrable;

    @Column(name = "numero_version", nullable = false)
    private int numeroVersion;

    @Column(name = "auteur_id", nullable = false)
    private UUID auteurId;

    @Column(nullable = false)
    private boolean beneficiaire;

    @Column(nullable = false)
    private String texte;

    @Column(nullable = false)
    private Instant le;

    protected CommentaireLivrable() {
    }

    CommentaireLivrable(Livrable livrable, int numeroVersion, UUID auteurId, boolean beneficiaire, String texte,
            Instant le) {
        this.id = UUID.randomUUID();
        this.livrable = livrable;
        this.numeroVersion = numeroVersion;
        this.auteurId = auteurId;
        this.beneficiaire = beneficiaire;
        this.texte = texte;
        this.le = le;
    }

    public UUID id() {
        return id;
    }

    public int numeroVersion() {
        return numeroVersion;
    }

    public UUID auteurId() {
        return auteurId;
    }

    public boolean beneficiaire() {
        return beneficiaire;
    }

    public String texte() {
        return texte;
    }

    public Instant le() {
        return le;
    }
}
