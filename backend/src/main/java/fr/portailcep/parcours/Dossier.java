package fr.portailcep.parcours;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.portailcep.shared.Saisies;

/**
 * The dossier of one bénéficiaire: their units of work, their référent unique, the requests they made and the
 * history of every change. Each status change is a method here that checks it is allowed and records an event;
 * nothing else sets a status.
 */
@Entity
@Table(name = "dossier")
public class Dossier {

    /** The length of {@code evenement_dossier.texte} (V401): the reason of a closing is kept there. */
    public static final int LONGUEUR_TEXTE_EVENEMENT = 1000;

    /** Origins of a request, recorded with it. */
    public static final String ORIGINE_CONSEILLER = "CONSEILLER";
    public static final String ORIGINE_RENDEZ_VOUS = "RENDEZ_VOUS";

    @Id
    private UUID id;

    @Column(name = "beneficiaire_id", nullable = false, unique = true)
    private UUID beneficiaireId;

    @Column(name = "site_id")
    private UUID siteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatutDossier statut;

    @Column(name = "ouvert_le", nullable = false)
    private Instant ouvertLe;

    @Column(name = "clos_le")
    private Instant closLe;

    @Column(name = "referent_id")
    private UUID referentId;

    /** The conseiller in charge: who engaged the current unit (the référent from UO2.1 on). */
    @Column(name = "conseiller_id")
    private UUID conseillerId;

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("engageeLe, enregistreeLe")
    private List<UniteOeuvreEngagee> unites = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("horodatage")
    private List<EvenementDossier> evenements = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("du")
    private List<PeriodeReferent> referents = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("recueLe")
    private List<DemandeDossier> demandes = new ArrayList<>();

    @Version
    private Long version;

    protected Dossier() {
    }

    /** A first request of this person: the dossier opens with it. */
    static Dossier ouvrir(UUID beneficiaireId, UUID siteId, String origine, UUID auteur, Instant maintenant) {
        var dossier = new Dossier();
        dossier.id = UUID.randomUUID();
        dossier.beneficiaireId = beneficiaireId;
        dossier.siteId = siteId;
        dossier.statut = StatutDossier.OUVERT;
        dossier.ouvertLe = maintenant;
        dossier.noter(TypeEvenement.DOSSIER_OUVERT, auteur, maintenant);
        dossier.demandes.add(new DemandeDossier(dossier, maintenant, origine));
        return dossier;
    }

    /**
     * A new request of the person (a booking, a call): recorded, and a closed dossier opens again (CCTP §1.2.6:
     * "Toute personne peut demander à nouveau à bénéficier du CEP dès après la clôture du service précédent").
     */
    void nouvelleDemande(String origine, UUID auteur, Instant maintenant) {
        demandes.add(new DemandeDossier(this, maintenant, origine));
        noter(TypeEvenement.DEMANDE_RECUE, auteur, maintenant).texte(origine);
        if (statut == StatutDossier.CLOS) {
            statut = StatutDossier.OUVERT;
            closLe = null;
            ouvertLe = maintenant;
            noter(TypeEvenement.DOSSIER_ROUVERT, auteur, maintenant);
        }
    }

    /** Why this engagement is not allowed, if it is not. */
    Optional<RefusEngagement> verifier(Engagement engagement, LocalDate aujourdhui) {
        return ReglesEngagement.verifier(passees(), engagement.uo(), engagement.eligibilite(),
                engagement.accordBeneficiaire(), engagement.date(), aujourdhui);
    }

    /** What may be engaged now: the units the rules allow, what each asks for, the next one, the dates possible. */
    public EngagementsPossibles engagementsPossibles(LocalDate aujourdhui) {
        return ReglesEngagement.possibles(passees(), aujourdhui);
    }

    /** What may be engaged for a person who has no dossier yet. */
    public static EngagementsPossibles premiersEngagementsPossibles(LocalDate aujourdhui) {
        return ReglesEngagement.possibles(List.of(), aujourdhui);
    }

    private List<ReglesEngagement.UnitePassee> passees() {
        return unites.stream().map(UniteOeuvreEngagee::passee).toList();
    }

    /**
     * Engages a unit of work, with the national number given for it. A UO2.1 names the référent unique (CCTP
     * §2.1.3: "désigné lors de l'engagement de l'accompagnement personnalisé").
     */
    UniteOeuvreEngagee engager(Engagement engagement, NumeroDossier numero, UUID conseiller, LocalDate aujourdhui,
            Instant maintenant) {
        if (statut != StatutDossier.OUVERT) {
            throw new OperationRefusee("parcours.refus.dossier.clos");
        }
        var refus = verifier(engagement, aujourdhui);
        if (refus.isPresent()) {
            throw new EngagementRefuse(refus.get());
        }
        if (numero.uniteOeuvre() != engagement.uo()) {
            throw new IllegalArgumentException("Le numéro " + numero + " n’est pas celui d’une " + engagement.uo());
        }
        var uo21 = ReglesEngagement.engagementUo21Precedente(passees()).orElse(null);
        var unite = new UniteOeuvreEngagee(this, engagement, numero, uo21, conseiller, maintenant);
        unites.add(unite);
        noter(TypeEvenement.UNITE_ENGAGEE, conseiller, maintenant).unite(unite);
        if (engagement.uo() != UniteOeuvre.UO0) {
            conseillerId = conseiller;
        }
        if (engagement.uo() == UniteOeuvre.UO2_1) {
            nommerReferent(engagement.referentId() == null ? conseiller : engagement.referentId(), null, conseiller,
                    maintenant);
        }
        if (engagement.uo() == UniteOeuvre.UO2_2 && referentId != null) {
            conseillerId = referentId;
        }
        return unite;
    }

    /**
     * Closes the unit in progress with a motive given by a person (a signed livrable, a written wish to close).
     * Abandon is not a motive a person gives: the job records it when the period is over.
     */
    UniteOeuvreEngagee clore(UniteOeuvre uo, MotifCloture motif, LocalDate le, UUID auteur, LocalDate aujourdhui,
            Instant maintenant) {
        var unite = uniteEnCours().filter(u -> u.uo() == uo)
                .orElseThrow(() -> new OperationRefusee("parcours.refus.cloture.pasencours"));
        if (motif == null || motif == MotifCloture.ABANDON || !motif.permisPour(uo)) {
            throw OperationRefusee.surLeChamp("motif", "parcours.refus.cloture.motif");
        }
        if (!unite.datesDeCloture(aujourdhui).contient(le)) {
            throw OperationRefusee.surLeChamp("le", "parcours.refus.cloture.date");
        }
        unite.clore(le, motif, maintenant);
        noter(TypeEvenement.UNITE_CLOSE, auteur, maintenant).unite(unite);
        if (uo == UniteOeuvre.UO2_2) {
            fermer(auteur, maintenant, null);
        }
        return unite;
    }

    /**
     * Closes as abandon every unit whose period is over (CCTP §1.2.6: "automatiquement à la fin du délai de
     * réalisation de l'unité d'œuvre si […] elle n'a signé aucun livrable"), on the last day of its period, and
     * the dossier with it. Running it twice closes nothing more.
     */
    List<UniteOeuvreEngagee> cloreUnitesEchues(LocalDate aujourdhui, Instant maintenant) {
        var closes = new ArrayList<UniteOeuvreEngagee>();
        for (var unite : unites) {
            if (unite.estEchue(aujourdhui)) {
                unite.clore(unite.finDeDelai().orElseThrow(), MotifCloture.ABANDON, maintenant);
                noter(TypeEvenement.UNITE_ABANDONNEE, null, maintenant).unite(unite);
                closes.add(unite);
            }
        }
        if (!closes.isEmpty() && statut == StatutDossier.OUVERT) {
            fermer(null, maintenant, null);
        }
        return closes;
    }

    /** The conseiller closes a dossier with no unit in progress (the person does not wish to go on). */
    void clore(String motif, UUID auteur, Instant maintenant) {
        if (motif == null || motif.isBlank()) {
            throw OperationRefusee.surLeChamp("motif", "parcours.refus.motif.vide");
        }
        motif = Saisies.ligne("motif", motif, LONGUEUR_TEXTE_EVENEMENT);
        if (statut == StatutDossier.CLOS) {
            throw new OperationRefusee("parcours.refus.dossier.clos");
        }
        if (uniteEnCours().isPresent()) {
            throw new OperationRefusee("parcours.refus.dossier.uniteencours");
        }
        fermer(auteur, maintenant, motif);
    }

    /** Whether the conseiller may close the dossier now: open, with no unit in progress. */
    public boolean peutEtreClos() {
        return statut == StatutDossier.OUVERT && uniteEnCours().isEmpty();
    }

    /** Whether a référent may be named or changed now: open, during the accompagnement (UO2.1 or UO2.2). */
    public boolean peutNommerReferent() {
        return statut == StatutDossier.OUVERT && uniteEnCours()
                .map(u -> u.uo() == UniteOeuvre.UO2_1 || u.uo() == UniteOeuvre.UO2_2).orElse(false);
    }

    /** The team changes the référent unique: a reason is needed once there is one, kept in the history. */
    void changerReferent(UUID compteId, String motif, UUID auteur, Instant maintenant) {
        if (referentId != null && (motif == null || motif.isBlank())) {
            throw OperationRefusee.surLeChamp("motif", "parcours.refus.motif.vide");
        }
        nommerReferent(compteId, motif, auteur, maintenant);
    }

    private void fermer(UUID auteur, Instant maintenant, String motif) {
        statut = StatutDossier.CLOS;
        closLe = maintenant;
        referentCourant().ifPresent(p -> p.terminer(maintenant));
        referentId = null;
        noter(TypeEvenement.DOSSIER_CLOS, auteur, maintenant).texte(motif);
    }

    /**
     * Names the référent unique, or changes them; the former one's period ends and stays in the history. A
     * référent exists only from UO2.1 on.
     */
    void nommerReferent(UUID compteId, String motif, UUID auteur, Instant maintenant) {
        motif = Saisies.ligne("motif", motif, PeriodeReferent.LONGUEUR_MOTIF);
        if (statut != StatutDossier.OUVERT) {
            throw new OperationRefusee("parcours.refus.dossier.clos");
        }
        if (compteId.equals(referentId)) {
            return;
        }
        if (!peutNommerReferent()) {
            throw new OperationRefusee("parcours.refus.referent.avantuo21");
        }
        var ancien = referentCourant();
        ancien.ifPresent(p -> p.terminer(maintenant));
        referents.add(new PeriodeReferent(this, compteId, maintenant, motif, auteur));
        referentId = compteId;
        conseillerId = compteId;
        noter(ancien.isPresent() ? TypeEvenement.REFERENT_CHANGE : TypeEvenement.REFERENT_NOMME, auteur, maintenant)
                .cible(compteId).texte(motif);
    }

    /**
     * A first rendez-vous was booked, or a conseiller engages a unit: until a référent is named, the dossier
     * belongs to that site and that conseiller (so that it shows in their caseload, and only their site's team
     * sees it). What is already set is kept.
     */
    void rattacher(UUID site, UUID conseiller) {
        if (siteId == null) {
            siteId = site;
        }
        if (conseillerId == null && referentId == null) {
            conseillerId = conseiller;
        }
    }

    private EvenementDossier noter(TypeEvenement type, UUID auteur, Instant maintenant) {
        var evenement = new EvenementDossier(this, maintenant, type, auteur);
        evenements.add(evenement);
        return evenement;
    }

    private Optional<PeriodeReferent> referentCourant() {
        return referents.stream().filter(PeriodeReferent::enCours).findFirst();
    }

    public UUID id() {
        return id;
    }

    public UUID beneficiaireId() {
        return beneficiaireId;
    }

    public Optional<UUID> siteId() {
        return Optional.ofNullable(siteId);
    }

    public StatutDossier statut() {
        return statut;
    }

    public boolean ouvert() {
        return statut == StatutDossier.OUVERT;
    }

    public Instant ouvertLe() {
        return ouvertLe;
    }

    public Optional<Instant> closLe() {
        return Optional.ofNullable(closLe);
    }

    /** The référent unique, from UO2.1 on. */
    public Optional<UUID> referentId() {
        return Optional.ofNullable(referentId);
    }

    /** Who the person deals with: the référent, or the conseiller of the current unit. */
    public Optional<UUID> conseillerId() {
        return Optional.ofNullable(conseillerId);
    }

    public List<UniteOeuvreEngagee> unites() {
        return unites.stream().sorted(Comparator.comparing(UniteOeuvreEngagee::engageeLe)).toList();
    }

    public Optional<UniteOeuvreEngagee> uniteEnCours() {
        return unites.stream().filter(UniteOeuvreEngagee::enCours).findFirst();
    }

    /** The unit in progress, or else the last one: the unit the person is "in" (for annexe 2, the log). */
    public Optional<UniteOeuvreEngagee> uniteCourante() {
        return uniteEnCours().or(this::derniereUnite);
    }

    /** The last unit engaged, in progress or not. */
    public Optional<UniteOeuvreEngagee> derniereUnite() {
        return unites.stream().max(Comparator.comparing(UniteOeuvreEngagee::engageeLe));
    }

    public List<EvenementDossier> evenements() {
        return List.copyOf(evenements);
    }

    public List<PeriodeReferent> referents() {
        return List.copyOf(referents);
    }

    public List<DemandeDossier> demandes() {
        return List.copyOf(demandes);
    }
}
