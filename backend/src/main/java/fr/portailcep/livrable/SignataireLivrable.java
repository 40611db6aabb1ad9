package fr.portailcep.livrable;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import fr.portailcep.signature.DocumentASigner.EtatSignataire;
import fr.portailcep.signature.MethodeSignature;
import fr.portailcep.signature.RoleSignataire;

/** An expected signer of a submitted version, and where they stand. Changed only through its {@link Livrable}. */
@Entity
@Table(name = "signataire_livrable")
public class SignataireLivrable {

    /** The length of {@code signataire_livrable.motif_refus} (V500). */
    public static final int LONGUEUR_MOTIF = 1000;

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private VersionLivrable version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoleSignataire role;

    @Column(name = "compte_id", nullable = false)
    private UUID compteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EtatSignataire etat;

    @Enumerated(EnumType.STRING)
    private MethodeSignature methode;

    private Instant le;

    @Column(name = "motif_refus")
    private String motifRefus;

    @Column(name = "numero_preuve")
    private Long numeroPreuve;

    protected SignataireLivrable() {
    }

    SignataireLivrable(VersionLivrable version, RoleSignataire role, UUID compteId) {
        this.id = UUID.randomUUID();
        this.version = version;
        this.role = role;
        this.compteId = compteId;
        this.etat = EtatSignataire.ATTENDU;
    }

    void signe(MethodeSignature methode, Instant le, long preuve) {
        this.etat = EtatSignataire.SIGNE;
        this.methode = methode;
        this.le = le;
        this.numeroPreuve = preuve;
    }

    void refuse(String motif, Instant le, long preuve) {
        this.etat = EtatSignataire.REFUSE;
        this.motifRefus = motif;
        this.le = le;
        this.numeroPreuve = preuve;
    }

    void papierDemande(Instant le, long preuve) {
        this.etat = EtatSignataire.PAPIER_DEMANDE;
        this.le = le;
        this.numeroPreuve = preuve;
    }

    public RoleSignataire role() {
        return role;
    }

    public UUID compteId() {
        return compteId;
    }

    public EtatSignataire etat() {
        return etat;
    }

    public Optional<MethodeSignature> methode() {
        return Optional.ofNullable(methode);
    }

    public Optional<Instant> le() {
        return Optional.ofNullable(le);
    }

    public Optional<String> motifRefus() {
        return Optional.ofNullable(motifRefus);
    }

    public Optional<Long> numeroPreuve() {
        return Optional.ofNullable(numeroPreuve);
    }
}
