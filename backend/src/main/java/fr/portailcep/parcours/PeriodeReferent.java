package fr.portailcep.parcours;

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

/** Who was the référent unique of a dossier, from when to when, and why it changed: the history is kept. */
@Entity
@Table(name = "referent_dossier")
public class PeriodeReferent {

    /** The length of {@code referent_dossier.motif} (V401). */
    public static final int LONGUEUR_MOTIF = 500;

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Column(name = "compte_id", nullable = false)
    private UUID compteId;

    @Column(nullable = false)
    private Instant du;

    private Instant au;

    private String motif;

    @Column(name = "nomme_par")
    private UUID nommePar;

    protected PeriodeReferent() {
    }

    PeriodeReferent(Dossier dossier, UUID compteId, Instant du, String motif, UUID nommePar) {
        this.id = UUID.randomUUID();
        this.dossier = dossier;
        this.compteId = compteId;
        this.du = du;
        this.motif = motif == null || motif.isBlank() ? null : motif.strip();
        this.nommePar = nommePar;
    }

    void terminer(Instant au) {
        this.au = au;
    }

    public UUID compteId() {
        return compteId;
    }

    public Instant du() {
        return du;
    }

    public Optional<Instant> au() {
        return Optional.ofNullable(au);
    }

    public boolean enCours() {
        return au == null;
    }

    public Optional<String> motif() {
        return Optional.ofNullable(motif);
    }

    public Optional<UUID> nommePar() {
        return Optional.ofNullable(nommePar);
    }
}
