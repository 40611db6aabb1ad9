package fr.portailcep.rendezvous;

import java.time.Instant;
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

import fr.portailcep.shared.Saisies;

/**
 * A rendez-vous between a person and a conseiller. Its time is held in the conseiller's agenda while it is booked
 * or held; PostgreSQL refuses two such rendez-vous of a conseiller that overlap (exclusion constraint), so two people
 * booking the same slot at the same instant cannot both get it.
 * <p>
 * Its calendar event keeps one UID for its whole life; every change increases its sequence, so that the person's
 * calendar replaces the event (a move) or removes it (a cancellation).
 * <p>
 * It answers what can happen next ({@link #peutEtreDeplace}, {@link #peutEtreAnnule}, {@link #peutEtreNote}) and
 * registers its events ({@link EvenementsRendezVous}), published when its repository saves it.
 */
@Entity
@Table(name = "rendez_vous")
public class RendezVous extends AbstractAggregateRoot<RendezVous> {

    /** Lengths of the {@code rendez_vous} columns (V301). */
    public static final int LONGUEUR_RESUME = 500;
    public static final int LONGUEUR_BESOIN = 1000;

    /** Who cancelled. */
    public enum Auteur {
        BENEFICIAIRE, CONSEILLER
    }

    /** What can be done to a rendez-vous. */
    public enum Acte {
        /** The person chooses another time (after a cancellation by the conseiller too). */
        DEPLACER,
        /** The person or the conseiller cancels it. */
        ANNULER,
        /** The conseiller says it was held, missed or excused. */
        NOTER
    }

    /** What the page of the person's link says first: what happened, and what is left to do. */
    public enum Avis {
        /** Booked and to come: the person may move or cancel it. */
        A_VENIR,
        /** Cancelled by the conseiller: the person is asked to choose another time. */
        A_REPRENDRE,
        /** Nothing is left to do here (started, held, missed, cancelled by the person): a new request instead. */
        CLOS
    }

    @Id
    private UUID id;

    @Column(name = "conseiller_id", nullable = false)
    private UUID conseillerId;

    @Column(name = "site_id", nullable = false)
    private UUID siteId;

    @Column(name = "beneficiaire_id", nullable = false)
    private UUID beneficiaireId;

    @Column(name = "demande_id")
    private UUID demandeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Modalite modalite;

    @Column(nullable = false)
    private Instant debut;

    @Column(nullable = false)
    private Instant fin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatutRendezVous statut;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrigineRendezVous origine;

    @Column(name = "resume_demande")
    private String resumeDemande;

    private String besoin;

    private String telephone;

    @Column(name = "sequence_ics", nullable = false)
    private int sequenceIcs;

    @Column(name = "cree_le", nullable = false)
    private Instant creeLe;

    @Column(name = "modifie_le", nullable = false)
    private Instant modifieLe;

    @Column(name = "annule_le")
    private Instant annuleLe;

    @Enumerated(EnumType.STRING)
    @Column(name = "annule_par")
    private Auteur annulePar;

    @Column(name = "statut_note_le")
    private Instant statutNoteLe;

    @Column(name = "statut_note_par")
    private UUID statutNotePar;

    @Column(name = "rappel_envoye_pour")
    private Instant rappelEnvoyePour;

    @Version
    private Long version;

    protected RendezVous() {
    }

    RendezVous(UUID conseillerId, UUID siteId, UUID beneficiaireId, UUID demandeId, Modalite modalite, Instant debut,
            Instant fin, OrigineRendezVous origine, String resumeDemande, String besoin, String telephone,
            Instant maintenant) {
        this.id = UUID.randomUUID();
        this.conseillerId = conseillerId;
        this.siteId = siteId;
        this.beneficiaireId = beneficiaireId;
        this.demandeId = demandeId;
        this.modalite = modalite;
        this.debut = debut;
        this.fin = fin;
        this.statut = StatutRendezVous.RESERVE;
        this.origine = origine;
        var saisie = Saisies.verification();
        this.resumeDemande = Saisies.ouNull(saisie.texte("resume", resumeDemande, LONGUEUR_RESUME));
        this.besoin = Saisies.ouNull(saisie.texte("besoin", besoin, LONGUEUR_BESOIN));
        saisie.exiger();
        this.telephone = telephone;
        this.creeLe = maintenant;
        this.modifieLe = maintenant;
        registerEvent(new EvenementsRendezVous.RendezVousReserve(id, beneficiaireId, conseillerId, demandeId, debut,
                modalite, origine, siteId));
    }

    /** Whether the person may still move it: booked and not started, or cancelled by the conseiller. */
    public boolean peutEtreDeplace(Instant maintenant) {
        return (statut == StatutRendezVous.RESERVE && debut.isAfter(maintenant))
                || (statut == StatutRendezVous.ANNULE && annulePar == Auteur.CONSEILLER);
    }

    /** Whether it may still be cancelled (by the person or the conseiller): booked and not started. */
    public boolean peutEtreAnnule(Instant maintenant) {
        return statut == StatutRendezVous.RESERVE && debut.isAfter(maintenant);
    }

    /** Whether the conseiller may now say it was held, missed or excused: booked and started. */
    public boolean peutEtreNote(Instant maintenant) {
        return statut == StatutRendezVous.RESERVE && !debut.isAfter(maintenant);
    }

    /**
     * What {@code qui} may do to it now: the person moves or cancels it; the conseiller cancels it or, once it has
     * started, says how it went. The views show exactly these acts, the methods below refuse the others.
     */
    public java.util.Set<Acte> actesPossibles(Auteur qui, Instant maintenant) {
        var actes = java.util.EnumSet.noneOf(Acte.class);
        if (qui == Auteur.BENEFICIAIRE && peutEtreDeplace(maintenant)) {
            actes.add(Acte.DEPLACER);
        }
        if (peutEtreAnnule(maintenant)) {
            actes.add(Acte.ANNULER);
        }
        if (qui == Auteur.CONSEILLER && peutEtreNote(maintenant)) {
            actes.add(Acte.NOTER);
        }
        return actes;
    }

    /** What the page of the person's link says first, from what the person may still do ({@link #actesPossibles}). */
    public Avis avisPourLaPersonne(Instant maintenant) {
        if (statut == StatutRendezVous.ANNULE && annulePar == Auteur.CONSEILLER) {
            return Avis.A_REPRENDRE;
        }
        return actesPossibles(Auteur.BENEFICIAIRE, maintenant).isEmpty() ? Avis.CLOS : Avis.A_VENIR;
    }

    /**
     * A new time (and maybe another conseiller, site or modality) for the same rendez-vous; after a cancellation by
     * the conseiller, the person choosing a new time books it again.
     */
    void deplacer(UUID conseiller, UUID site, Modalite nouvelleModalite, Instant nouveauDebut, Instant nouvelleFin,
            Instant maintenant) {
        if (!peutEtreDeplace(maintenant)) {
            throw new IllegalStateException("Ce rendez-vous ne peut plus être déplacé");
        }
        if (!nouveauDebut.isAfter(maintenant)) {
            throw new IllegalArgumentException("Un rendez-vous se déplace vers un moment à venir");
        }
        this.conseillerId = conseiller;
        this.siteId = site;
        this.modalite = nouvelleModalite;
        this.debut = nouveauDebut;
        this.fin = nouvelleFin;
        this.statut = StatutRendezVous.RESERVE;
        this.annuleLe = null;
        this.annulePar = null;
        this.rappelEnvoyePour = null;
        this.sequenceIcs++;
        this.modifieLe = maintenant;
    }

    void annuler(Auteur par, Instant maintenant) {
        if (!peutEtreAnnule(maintenant)) {
            throw new IllegalStateException("Ce rendez-vous ne peut plus être annulé");
        }
        this.statut = StatutRendezVous.ANNULE;
        this.annuleLe = maintenant;
        this.annulePar = par;
        this.sequenceIcs++;
        this.modifieLe = maintenant;
        registerEvent(new EvenementsRendezVous.RendezVousAnnule(id, beneficiaireId, demandeId, par));
    }

    /** Held, missed or excused: said by the conseiller once the rendez-vous has started. */
    void noter(StatutRendezVous nouveau, UUID par, Instant maintenant) {
        if (!nouveau.estNote()) {
            throw new IllegalArgumentException("Statut à noter : tenu, absent ou excusé");
        }
        if (!peutEtreNote(maintenant)) {
            throw new IllegalStateException(statut != StatutRendezVous.RESERVE ? "Ce rendez-vous est déjà " + statut
                    : "Ce rendez-vous n’a pas encore commencé");
        }
        this.statut = nouveau;
        this.statutNoteLe = maintenant;
        this.statutNotePar = par;
        this.modifieLe = maintenant;
        registerEvent(new EvenementsRendezVous.RendezVousNote(id, beneficiaireId, conseillerId, demandeId, nouveau,
                debut));
    }

    void rappelEnvoye() {
        this.rappelEnvoyePour = debut;
    }

    public UUID id() {
        return id;
    }

    /** The UID of its calendar event, the same for its whole life. */
    public String uidCalendrier() {
        return id + "@portail-cep.fr";
    }

    public UUID conseillerId() {
        return conseillerId;
    }

    public UUID siteId() {
        return siteId;
    }

    public UUID beneficiaireId() {
        return beneficiaireId;
    }

    public Optional<UUID> demandeId() {
        return Optional.ofNullable(demandeId);
    }

    public Modalite modalite() {
        return modalite;
    }

    public Instant debut() {
        return debut;
    }

    public Instant fin() {
        return fin;
    }

    public StatutRendezVous statut() {
        return statut;
    }

    public OrigineRendezVous origine() {
        return origine;
    }

    public Optional<String> resumeDemande() {
        return Optional.ofNullable(resumeDemande);
    }

    public Optional<String> besoin() {
        return Optional.ofNullable(besoin);
    }

    public Optional<String> telephone() {
        return Optional.ofNullable(telephone);
    }

    public int sequenceIcs() {
        return sequenceIcs;
    }

    public Instant creeLe() {
        return creeLe;
    }

    public Instant modifieLe() {
        return modifieLe;
    }

    public Optional<Instant> annuleLe() {
        return Optional.ofNullable(annuleLe);
    }

    public Optional<Auteur> annulePar() {
        return Optional.ofNullable(annulePar);
    }

    public Optional<Instant> statutNoteLe() {
        return Optional.ofNullable(statutNoteLe);
    }

    /** The events registered and not yet published (for the unit tests of the aggregate). */
    java.util.List<Object> evenementsEnAttente() {
        return java.util.List.copyOf(domainEvents());
    }
}
