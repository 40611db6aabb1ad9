package fr.portailcep.parcours;

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

/** One line of a dossier's history, written by the aggregate method that made the change. Never changed. */
@Entity
@Table(name = "evenement_dossier")
public class EvenementDossier {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Column(nullable = false)
    private Instant horodatage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TypeEvenement type;

    @Enumerated(EnumType.STRING)
    private UniteOeuvre uo;

    private String numero;

    @Enumerated(EnumType.STRING)
    @Column(name = "motif_cloture")
    private MotifCloture motifCloture;

    @Column(name = "compte_cible")
    private UUID compteCible;

    private String texte;

    @Column(name = "auteur_id")
    private UUID auteurId;

    protected EvenementDossier() {
    }

    EvenementDossier(Dossier dossier, Instant horodatage, TypeEvenement type, UUID auteurId) {
        this.id = UUID.randomUUID();
        this.dossier = dossier;
        this.horodatage = horodatage;
        this.type = type;
        this.auteurId = auteurId;
    }

    EvenementDossier unite(UniteOeuvreEngagee unite) {
        this.uo = unite.uo();
        this.numero = unite.numero().valeur();
        this.motifCloture = unite.motifCloture().orElse(null);
        return this;
    }

    EvenementDossier cible(UUID compte) {
        this.compteCible = compte;
        return this;
    }

    EvenementDossier texte(String texte) {
        this.texte = texte == null || texte.isBlank() ? null : texte.strip();
        return this;
    }

    public UUID id() {
        return id;
    }

    public Instant horodatage() {
        return horodatage;
    }

    public TypeEvenement type() {
        return type;
    }

    public Optional<UniteOeuvre> uo() {
        return Optional.ofNullable(uo);
    }

    public Optional<NumeroDossier> numero() {
        return Optional.ofNullable(numero).map(NumeroDossier::new);
    }

    public Optional<MotifCloture> motifCloture() {
        return Optional.ofNullable(motifCloture);
    }

    public Optional<UUID> compteCible() {
        return Optional.ofNullable(compteCible);
    }

    public Optional<String> texte() {
        return Optional.ofNullable(texte);
    }

    /** Empty when the system made the change (the abandon job, a booking). */
    public Optional<UUID> auteurId() {
        return Optional.ofNullable(auteurId);
    }
}
