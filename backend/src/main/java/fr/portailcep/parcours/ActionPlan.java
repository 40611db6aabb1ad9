package fr.portailcep.parcours;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * One action of a plan d'actions. The person is an actor of it, not a reader: they tick progress, pause it and say
 * why (a doubt is a valid reason), give it up, comment, propose new ones and choose the organisation that delivers
 * a complementary service; the conseiller edits, validates and cancels. Each change is a method that checks it is
 * allowed and writes a {@link RevisionAction}.
 */
@Entity
@Table(name = "action_plan")
public class ActionPlan {

    /** Lengths of {@code action_plan.motif_statut} and {@code revision_action.texte} (V403). */
    public static final int LONGUEUR_MOTIF = 1000;
    public static final int LONGUEUR_COMMENTAIRE = 2000;

    @Id
    private UUID id;

    @Column(name = "objectif_id", nullable = false)
    private UUID objectifId;

    @Column(name = "dossier_id", nullable = false)
    private UUID dossierId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NatureAction nature;

    @Column(name = "type_code")
    private String typeCode;

    @Column(name = "financement_code")
    private String financementCode;

    @Column(nullable = false)
    private String intitule;

    private String precisions;

    private LocalDate echeance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatutAction statut;

    /** Why it is given up or cancelled, or what the person adds to the reason of a pause. */
    @Column(name = "motif_statut")
    private String motifStatut;

    /** Why it is paused, as a code (V420). */
    @Enumerated(EnumType.STRING)
    @Column(name = "raison_pause")
    private RaisonPause raisonPause;

    @Column(name = "proposee_par_beneficiaire", nullable = false)
    private boolean proposeeParBeneficiaire;

    @Column(nullable = false)
    private boolean validee;

    @Column(name = "organisme_id")
    private UUID organismeId;

    @Column(name = "organisme_choisi_le")
    private Instant organismeChoisiLe;

    /** How many organisations the person was shown when choosing (all those of the region). */
    @Column(name = "organismes_proposes")
    private Integer organismesProposes;

    /** The due date for which the person was last reminded: one reminder per due date. */
    @Column(name = "relancee_pour")
    private LocalDate relanceePour;

    @Column(name = "cree_le", nullable = false)
    private Instant creeLe;

    @Column(name = "modifiee_le", nullable = false)
    private Instant modifieeLe;

    @OneToMany(mappedBy = "action", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("horodatage")
    private List<RevisionAction> revisions = new ArrayList<>();

    @Version
    private Long version;

    protected ActionPlan() {
    }

    /**
     * A new action: added by the conseiller (validated), or proposed by the person (to be validated). A due date the
     * person sets is today or later; the team may record an action already overdue (a plan taken over from paper).
     */
    static ActionPlan creer(Objectif objectif, NouvelleAction nouvelle, Acteur acteur, LocalDate aujourdhui,
            Instant maintenant) {
        exigerEcheance(nouvelle.echeance(), null, acteur, aujourdhui);
        var action = new ActionPlan();
        action.id = UUID.randomUUID();
        action.objectifId = objectif.id();
        action.dossierId = objectif.dossierId();
        action.nature = nouvelle.nature();
        action.typeCode = nouvelle.typeCode();
        action.financementCode = nouvelle.nature().aUnFinancement() ? nouvelle.financementCode() : null;
        action.intitule = exigerIntitule(nouvelle.intitule());
        action.precisions = vide(nouvelle.precisions());
        action.echeance = nouvelle.echeance();
        action.statut = StatutAction.A_FAIRE;
        action.proposeeParBeneficiaire = acteur.beneficiaire();
        action.validee = !acteur.beneficiaire();
        action.creeLe = maintenant;
        action.reviser(acteur.beneficiaire() ? NatureRevision.PROPOSITION : NatureRevision.CREATION,
                nouvelle.precisions(), acteur, maintenant);
        return action;
    }

    /**
     * What this actor may do to the action now: the one answer the views render (a button per act) and every
     * change below checks.
     */
    public Set<ActePlan> actionsPossibles(Acteur acteur) {
        var possibles = EnumSet.noneOf(ActePlan.class);
        for (var acte : ActePlan.values()) {
            if (refus(acte, acteur).isEmpty()) {
                possibles.add(acte);
            }
        }
        return possibles;
    }

    /** Whether the actor may do this now. */
    public boolean peut(ActePlan acte, Acteur acteur) {
        return refus(acte, acteur).isEmpty();
    }

    /** Why the actor may not do this now (the key of the French text), if they may not. */
    private Optional<String> refus(ActePlan acte, Acteur acteur) {
        var etat = Optional.of("plan.refus.statut." + statut.name());
        return switch (acte) {
            case COMMENCER -> statut == StatutAction.A_FAIRE ? Optional.empty() : etat;
            case REPRENDRE -> statut == StatutAction.EN_PAUSE ? Optional.empty() : etat;
            case TERMINER -> statut.active() ? Optional.empty() : etat;
            case ROUVRIR -> statut == StatutAction.FAITE ? Optional.empty() : etat;
            case METTRE_EN_PAUSE -> statut == StatutAction.A_FAIRE || statut == StatutAction.EN_COURS
                    ? Optional.empty() : etat;
            case ABANDONNER -> !acteur.beneficiaire() ? Optional.of("plan.refus.abandon.personne")
                    : statut.active() ? Optional.empty() : etat;
            case ANNULER -> acteur.beneficiaire() ? Optional.of("plan.refus.annulation.conseiller")
                    : statut.active() ? Optional.empty() : etat;
            case MODIFIER -> acteur.beneficiaire() ? Optional.of("plan.refus.modification.conseiller")
                    : statut.active() ? Optional.empty() : etat;
            case VALIDER -> acteur.beneficiaire() ? Optional.of("plan.refus.validation.conseiller")
                    : !statut.active() ? etat : validee ? Optional.of("plan.refus.validation.deja") : Optional.empty();
            case CHOISIR_ORGANISME -> nature != NatureAction.PRESTATION_COMPLEMENTAIRE || typeCode == null
                    ? Optional.of("plan.refus.organisme") : statut.active() ? Optional.empty() : etat;
            case COMMENTER -> Optional.empty();
        };
    }

    private void exiger(ActePlan acte, Acteur acteur) {
        var refus = refus(acte, acteur);
        if (refus.isPresent()) {
            throw new OperationRefusee(refus.get());
        }
    }

    /** "J'ai commencé". */
    void commencer(Acteur acteur, Instant maintenant) {
        exiger(ActePlan.COMMENCER, acteur);
        changerStatut(StatutAction.EN_COURS, null, null, acteur, maintenant);
    }

    /** "C'est fait". */
    void terminer(Acteur acteur, Instant maintenant) {
        exiger(ActePlan.TERMINER, acteur);
        changerStatut(StatutAction.FAITE, null, null, acteur, maintenant);
    }

    /** A box ticked by mistake: the action goes back to in progress. */
    void rouvrir(Acteur acteur, Instant maintenant) {
        exiger(ActePlan.ROUVRIR, acteur);
        changerStatut(StatutAction.EN_COURS, null, null, acteur, maintenant);
    }

    /**
     * Paused, with the reason chosen ("j'ai un doute" is a valid one) and what the person adds; "another reason"
     * needs that text. The reason is stored as its code, translated when shown.
     */
    void mettreEnPause(RaisonPause raison, String precision, Acteur acteur, Instant maintenant) {
        if (raison == null) {
            throw OperationRefusee.surLeChamp("raison", "action.pause.raison.vide");
        }
        var texte = raison == RaisonPause.AUTRE ? exigerMotif(precision)
                : Saisies.ouNull(Saisies.texte("motif", precision, LONGUEUR_MOTIF));
        exiger(ActePlan.METTRE_EN_PAUSE, acteur);
        statut = StatutAction.EN_PAUSE;
        motifStatut = texte;
        raisonPause = raison;
        reviser(NatureRevision.STATUT, texte, acteur, maintenant);
    }

    void reprendre(Acteur acteur, Instant maintenant) {
        exiger(ActePlan.REPRENDRE, acteur);
        changerStatut(StatutAction.EN_COURS, null, null, acteur, maintenant);
    }

    /** The person gives the action up, and says why. */
    void abandonner(String motif, Acteur acteur, Instant maintenant) {
        exiger(ActePlan.ABANDONNER, acteur);
        var raison = exigerMotif(motif);
        changerStatut(StatutAction.ABANDONNEE, raison, raison, acteur, maintenant);
    }

    /** The operator cancels the action (or refuses a proposal), and says why. */
    void annuler(String motif, Acteur acteur, Instant maintenant) {
        exiger(ActePlan.ANNULER, acteur);
        var raison = exigerMotif(motif);
        changerStatut(StatutAction.ANNULEE, raison, raison, acteur, maintenant);
    }

    void commenter(String texte, Acteur acteur, Instant maintenant) {
        exiger(ActePlan.COMMENTER, acteur);
        if (texte == null || texte.isBlank()) {
            throw OperationRefusee.surLeChamp("texte", "plan.refus.commentaire.vide");
        }
        reviser(NatureRevision.COMMENTAIRE, Saisies.texte("texte", texte, LONGUEUR_COMMENTAIRE), acteur, maintenant);
    }

    /**
     * The conseiller edits the action; the former version stays in the revisions. A new due date follows the rule of
     * {@link #creer}; the one it had is kept as it is.
     */
    void modifier(NouvelleAction modifiee, Acteur acteur, LocalDate aujourdhui, Instant maintenant) {
        exiger(ActePlan.MODIFIER, acteur);
        if (modifiee.nature() != nature) {
            throw new OperationRefusee("plan.refus.modification.nature");
        }
        exigerEcheance(modifiee.echeance(), echeance, acteur, aujourdhui);
        intitule = exigerIntitule(modifiee.intitule());
        precisions = vide(modifiee.precisions());
        echeance = modifiee.echeance();
        typeCode = modifiee.typeCode();
        financementCode = nature.aUnFinancement() ? modifiee.financementCode() : null;
        reviser(NatureRevision.MODIFICATION, null, acteur, maintenant);
    }

    /** The conseiller validates an action the person proposed; validating it again changes nothing. */
    void valider(Acteur acteur, Instant maintenant) {
        if (validee && !acteur.beneficiaire()) {
            return;
        }
        exiger(ActePlan.VALIDER, acteur);
        validee = true;
        reviser(NatureRevision.VALIDATION, null, acteur, maintenant);
    }

    /**
     * The organisation chosen to deliver a complementary service, among all those of the region shown to the
     * person (neutrality: the person chooses, even when the operator could deliver it itself).
     */
    void choisirOrganisme(Organisme organisme, int proposes, Acteur acteur, Instant maintenant) {
        exiger(ActePlan.CHOISIR_ORGANISME, acteur);
        if (!organisme.delivre(typeCode)) {
            throw new OperationRefusee("plan.refus.organisme");
        }
        organismeId = organisme.id();
        organismeChoisiLe = maintenant;
        organismesProposes = proposes;
        reviser(NatureRevision.CHOIX_ORGANISME, organisme.nom(), acteur, maintenant);
    }

    /**
     * The rule of due dates: the person sets today or later (a past date would be overdue at once); the team may
     * record a date already past. A date left as it was is always kept.
     */
    public static boolean echeancePermise(LocalDate nouvelle, LocalDate actuelle, Acteur acteur,
            LocalDate aujourdhui) {
        return nouvelle == null || nouvelle.equals(actuelle) || !acteur.beneficiaire()
                || !nouvelle.isBefore(aujourdhui);
    }

    private static void exigerEcheance(LocalDate nouvelle, LocalDate actuelle, Acteur acteur, LocalDate aujourdhui) {
        if (!echeancePermise(nouvelle, actuelle, acteur, aujourdhui)) {
            throw OperationRefusee.surLeChamp("echeance", "plan.refus.echeance.passee");
        }
    }

    /** Overdue: a due date passed and the action is still to do or in progress (a paused one waits). */
    public boolean estEnRetard(LocalDate aujourdhui) {
        return echeance != null && echeance.isBefore(aujourdhui)
                && (statut == StatutAction.A_FAIRE || statut == StatutAction.EN_COURS);
    }

    /** Overdue and not reminded yet for this due date. */
    public boolean aRelancer(LocalDate aujourdhui) {
        return estEnRetard(aujourdhui) && !echeance.equals(relanceePour);
    }

    void noterRelance(Instant maintenant) {
        relanceePour = echeance;
        reviser(NatureRevision.RELANCE, null, Acteur.SYSTEME, maintenant);
    }

    private void changerStatut(StatutAction nouveau, String motif, String texte, Acteur acteur, Instant maintenant) {
        statut = nouveau;
        motifStatut = motif;
        raisonPause = null;
        reviser(NatureRevision.STATUT, texte, acteur, maintenant);
    }

    private void reviser(NatureRevision nature, String texte, Acteur acteur, Instant maintenant) {
        modifieeLe = maintenant;
        revisions.add(new RevisionAction(this, nature, texte, acteur, maintenant));
    }

    private static String exigerMotif(String motif) {
        if (motif == null || motif.isBlank()) {
            throw OperationRefusee.surLeChamp("motif", "plan.refus.motif.vide");
        }
        return Saisies.texte("motif", motif, LONGUEUR_MOTIF);
    }

    private static String exigerIntitule(String intitule) {
        if (intitule == null || intitule.isBlank()) {
            throw OperationRefusee.surLeChamp("intitule", "plan.refus.intitule.vide");
        }
        return Saisies.ligne("intitule", intitule, NouvelleAction.LONGUEUR_INTITULE);
    }

    private static String vide(String s) {
        return Saisies.ouNull(Saisies.texte("precisions", s, NouvelleAction.LONGUEUR_PRECISIONS));
    }

    public UUID id() {
        return id;
    }

    public UUID objectifId() {
        return objectifId;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public NatureAction nature() {
        return nature;
    }

    public Optional<String> typeCode() {
        return Optional.ofNullable(typeCode);
    }

    public Optional<String> financementCode() {
        return Optional.ofNullable(financementCode);
    }

    public String intitule() {
        return intitule;
    }

    public Optional<String> precisions() {
        return Optional.ofNullable(precisions);
    }

    public Optional<LocalDate> echeance() {
        return Optional.ofNullable(echeance);
    }

    public StatutAction statut() {
        return statut;
    }

    public Optional<String> motifStatut() {
        return Optional.ofNullable(motifStatut);
    }

    /** The reason chosen for the pause, while paused. */
    public Optional<RaisonPause> raisonPause() {
        return Optional.ofNullable(raisonPause);
    }

    public boolean proposeeParBeneficiaire() {
        return proposeeParBeneficiaire;
    }

    public boolean validee() {
        return validee;
    }

    public Optional<UUID> organismeId() {
        return Optional.ofNullable(organismeId);
    }

    public Optional<Instant> organismeChoisiLe() {
        return Optional.ofNullable(organismeChoisiLe);
    }

    public Optional<Integer> organismesProposes() {
        return Optional.ofNullable(organismesProposes);
    }

    public Instant creeLe() {
        return creeLe;
    }

    public Instant modifieeLe() {
        return modifieeLe;
    }

    public List<RevisionAction> revisions() {
        return List.copyOf(revisions);
    }
}
