package fr.portailcep.echeance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A person's first request for a rendez-vous, and its clock: "le délai entre une première demande de rendez-vous
 * et un premier échange avec un conseiller ne dépasse pas trente (30) jours ouvrés" (CCTP §3.3). The clock starts
 * at the first contact (the aiguillage, or the phone call) in the person's territory, whose public holidays it
 * skips; a first exchange marked as held stops it.
 */
@Entity
@Table(name = "demande_premier_echange")
public class DemandePremierEchange extends AbstractAggregateRoot<DemandePremierEchange> {

    @Id
    private UUID id;

    @Column(name = "beneficiaire_id", nullable = false)
    private UUID beneficiaireId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Territoire territoire;

    @Column(name = "demandee_le", nullable = false)
    private Instant demandeeLe;

    @Column(name = "date_demande", nullable = false)
    private LocalDate dateDemande;

    @Column(name = "date_limite", nullable = false)
    private LocalDate dateLimite;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CanalDemande canal;

    @Column(name = "aiguillage_id")
    private UUID aiguillageId;

    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatutDemande statut;

    @Column(name = "premier_echange_le")
    private Instant premierEchangeLe;

    @Column(name = "close_le")
    private Instant closeLe;

    @Version
    private Long version;

    protected DemandePremierEchange() {
    }

    DemandePremierEchange(UUID beneficiaireId, Territoire territoire, Instant demandeeLe, CanalDemande canal,
            UUID aiguillageId, String reference) {
        this.id = UUID.randomUUID();
        this.beneficiaireId = beneficiaireId;
        this.territoire = territoire;
        this.demandeeLe = demandeeLe;
        this.dateDemande = demandeeLe.atZone(territoire.fuseauHoraire()).toLocalDate();
        this.dateLimite = CalendrierJoursOuvres.pour(territoire).dateLimitePremierEchange(dateDemande);
        this.canal = canal;
        this.aiguillageId = aiguillageId;
        this.reference = reference;
        this.statut = StatutDemande.OUVERTE;
        registerEvent(new Evenements.DemandeEnregistree(id, beneficiaireId, demandeeLe, dateLimite, canal,
                aiguillageId));
    }

    /** The first exchange took place at {@code quand} (the start of the rendez-vous held): the clock stops. */
    void premierEchangeTenu(Instant quand) {
        if (statut != StatutDemande.OUVERTE) {
            throw new IllegalStateException("La demande " + id + " n’est plus ouverte (" + statut + ")");
        }
        this.statut = StatutDemande.HONOREE;
        this.premierEchangeLe = quand;
        this.closeLe = quand;
    }

    /** The person withdrew (cancelled and asked for nothing else). */
    void retirer(Instant quand) {
        if (statut != StatutDemande.OUVERTE) {
            throw new IllegalStateException("La demande " + id + " n’est plus ouverte (" + statut + ")");
        }
        this.statut = StatutDemande.RETIREE;
        this.closeLe = quand;
    }

    void rattacherAiguillage(UUID aiguillage, String numero) {
        if (this.aiguillageId == null) {
            this.aiguillageId = aiguillage;
            this.reference = numero;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID beneficiaireId() {
        return beneficiaireId;
    }

    public Territoire territoire() {
        return territoire;
    }

    public Instant demandeeLe() {
        return demandeeLe;
    }

    /** The date of the request in the person's territory. */
    public LocalDate dateDemande() {
        return dateDemande;
    }

    /** The last day on which the first exchange may take place: the 30th working day after the request. */
    public LocalDate dateLimite() {
        return dateLimite;
    }

    public CanalDemande canal() {
        return canal;
    }

    public Optional<UUID> aiguillageId() {
        return Optional.ofNullable(aiguillageId);
    }

    /** The national dossier number of the aiguillage (UO0) that started the request, if any. */
    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    public StatutDemande statut() {
        return statut;
    }

    public boolean estOuverte() {
        return statut == StatutDemande.OUVERTE;
    }

    public Optional<Instant> premierEchangeLe() {
        return Optional.ofNullable(premierEchangeLe);
    }

    public Optional<Instant> closeLe() {
        return Optional.ofNullable(closeLe);
    }

    public CalendrierJoursOuvres calendrier() {
        return CalendrierJoursOuvres.pour(territoire);
    }

    /** Today in the person's territory, read from the clock. */
    public LocalDate aujourdhui(java.time.Clock horloge) {
        return horloge.instant().atZone(territoire.fuseauHoraire()).toLocalDate();
    }

    /** Working days left until the due date (0 on the due date, negative-free: 0 once overdue). */
    public long joursOuvresRestants(LocalDate aujourdhui) {
        return calendrier().joursOuvresEntre(aujourdhui, dateLimite);
    }

    public boolean enRetard(LocalDate aujourdhui) {
        return estOuverte() && aujourdhui.isAfter(dateLimite);
    }

    /** The alert stage reached today, for an open request. */
    public Optional<Palier> palier(LocalDate aujourdhui) {
        return estOuverte() ? Palier.atteint(aujourdhui, dateLimite, calendrier()) : Optional.empty();
    }

    /** The events registered and not yet published (for the unit tests of the aggregate). */
    java.util.List<Object> evenementsEnAttente() {
        return java.util.List.copyOf(domainEvents());
    }
}
