package fr.portailcep.parcours;

import java.time.Instant;
import java.time.LocalDate;
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

/**
 * One revision of an action: who did what, when, and the action's title, due date and status right after. Every
 * change and every comment writes one; none is ever changed or removed.
 */
@Entity
@Table(name = "revision_action")
public class RevisionAction {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id")
    private ActionPlan action;

    @Column(nullable = false)
    private Instant horodatage;

    @Column(name = "auteur_id")
    private UUID auteurId;

    @Column(name = "par_beneficiaire", nullable = false)
    private boolean parBeneficiaire;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NatureRevision nature;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatutAction statut;

    @Column(nullable = false)
    private String intitule;

    private LocalDate echeance;

    private String texte;

    /** The reason of a pause, as a code (V420). */
    @Enumerated(EnumType.STRING)
    @Column(name = "raison_pause")
    private RaisonPause raisonPause;

    protected RevisionAction() {
    }

    RevisionAction(ActionPlan action, NatureRevision nature, String texte, Acteur acteur, Instant maintenant) {
        this.id = UUID.randomUUID();
        this.action = action;
        this.horodatage = maintenant;
        this.auteurId = acteur.compteId();
        this.parBeneficiaire = acteur.beneficiaire();
        this.nature = nature;
        this.statut = action.statut();
        this.intitule = action.intitule();
        this.echeance = action.echeance().orElse(null);
        this.texte = texte == null || texte.isBlank() ? null : texte.strip();
        this.raisonPause = nature == NatureRevision.STATUT ? action.raisonPause().orElse(null) : null;
    }

    public Instant horodatage() {
        return horodatage;
    }

    public Optional<UUID> auteurId() {
        return Optional.ofNullable(auteurId);
    }

    public boolean parBeneficiaire() {
        return parBeneficiaire;
    }

    public NatureRevision nature() {
        return nature;
    }

    public StatutAction statut() {
        return statut;
    }

    public String intitule() {
        return intitule;
    }

    public Optional<LocalDate> echeance() {
        return Optional.ofNullable(echeance);
    }

    public Optional<String> texte() {
        return Optional.ofNullable(texte);
    }

    /** The reason chosen, for a revision that paused the action. */
    public Optional<RaisonPause> raisonPause() {
        return Optional.ofNullable(raisonPause);
    }
}
