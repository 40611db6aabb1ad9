package fr.portailcep.parcours;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /** Why it is paused, given up or cancelled. */
    @Column(name = "motif_statut")
    private String motifStatut;

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

    /** A new action: added by the conseiller (validated), or proposed by the person (to be validated). */
    static ActionPlan creer(Objectif objectif, NouvelleAction nouvelle, Acteur acteur, Instant maintenant) {
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

    /** "J'ai commencé". */
    void commencer(Acteur acteur, Instant maintenant) {
        exigerStatut(StatutAction.A_FAIRE, StatutAction.EN_PAUSE);
        changerStatut(StatutAction.EN_COURS, null, null, acteur, maintenant);
    }

    /** "C'est fait". */
    void terminer(Acteur acteur, Instant maintenant) {
        exigerStatut(StatutAction.A_FAIRE, StatutAction.EN_COURS, StatutAction.EN_PAUSE);
        changerStatut(StatutAction.FAITE, null, null, acteur, maintenant);
    }

    /** A box ticked by mistake: the action goes back to in progress. */
    void rouvrir(Acteur acteur, Instant maintenant) {
        exigerStatut(StatutAction.FAITE);
        changerStatut(StatutAction.EN_COURS, null, null, acteur, maintenant);
    }

    /** Paused, with the reason said ("j'ai un doute" is a valid one). */
    void mettreEnPause(String motif, Acteur acteur, Instant maintenant) {
        var raison = exigerMotif(motif);
        exigerStatut(StatutAction.A_FAIRE, StatutAction.EN_COURS);
        changerStatut(StatutAction.EN_PAUSE, raison, raison, acteur, maintenant);
    }

    void reprendre(Acteur acteur, Instant maintenant) {
        exigerStatut(StatutAction.EN_PAUSE);
        changerStatut(StatutAction.EN_COURS, null, null, acteur, maintenant);
    }

    /** The person gives the action up, and says why. */
    void abandonner(String motif, Acteur acteur, Instant maintenant) {
        if (!acteur.beneficiaire()) {
            throw new OperationRefusee("plan.refus.abandon.personne");
        }
        exigerActive();
        var raison = exigerMotif(motif);
        changerStatut(StatutAction.ABANDONNEE, raison, raison, acteur, maintenant);
    }

    /** The operator cancels the action (or refuses a proposal), and says why. */
    void annuler(String motif, Acteur acteur, Instant maintenant) {
        if (acteur.beneficiaire()) {
            throw new OperationRefusee("plan.refus.annulation.conseiller");
        }
        exigerActive();
        var raison = exigerMotif(motif);
        changerStatut(StatutAction.ANNULEE, raison, raison, acteur, maintenant);
    }

    void commenter(String texte, Acteur acteur, Instant maintenant) {
        if (texte == null || texte.isBlank()) {
            throw new OperationRefusee("plan.refus.commentaire.vide");
        }
        reviser(NatureRevision.COMMENTAIRE, Saisies.texte("texte", texte, LONGUEUR_COMMENTAIRE), acteur, maintenant);
    }

    /** The conseiller edits the action; the former version stays in the revisions. */
    void modifier(NouvelleAction modifiee, Acteur acteur, Instant maintenant) {
        if (acteur.beneficiaire()) {
            throw new OperationRefusee("plan.refus.modification.conseiller");
        }
        exigerActive();
        if (modifiee.nature() != nature) {
            throw new OperationRefusee("plan.refus.modification.nature");
        }
        intitule = exigerIntitule(modifiee.intitule());
        precisions = vide(modifiee.precisions());
        echeance = modifiee.echeance();
        typeCode = modifiee.typeCode();
        financementCode = nature.aUnFinancement() ? modifiee.financementCode() : null;
        reviser(NatureRevision.MODIFICATION, null, acteur, maintenant);
    }

    /** The conseiller validates an action the person proposed. */
    void valider(Acteur acteur, Instant maintenant) {
        if (acteur.beneficiaire()) {
            throw new OperationRefusee("plan.refus.validation.conseiller");
        }
        if (validee) {
            return;
        }
        exigerActive();
        validee = true;
        reviser(NatureRevision.VALIDATION, null, acteur, maintenant);
    }

    /**
     * The organisation chosen to deliver a complementary service, among all those of the region shown to the
     * person (neutrality: the person chooses, even when the operator could deliver it itself).
     */
    void choisirOrganisme(Organisme organisme, int proposes, Acteur acteur, Instant maintenant) {
        if (nature != NatureAction.PRESTATION_COMPLEMENTAIRE || typeCode == null
                || !organisme.delivre(typeCode)) {
            throw new OperationRefusee("plan.refus.organisme");
        }
        exigerActive();
        organismeId = organisme.id();
        organismeChoisiLe = maintenant;
        organismesProposes = proposes;
        reviser(NatureRevision.CHOIX_ORGANISME, organisme.nom(), acteur, maintenant);
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
        reviser(NatureRevision.STATUT, texte, acteur, maintenant);
    }

    private void reviser(NatureRevision nature, String texte, Acteur acteur, Instant maintenant) {
        modifieeLe = maintenant;
        revisions.add(new RevisionAction(this, nature, texte, acteur, maintenant));
    }

    private void exigerStatut(StatutAction... permis) {
        for (var s : permis) {
            if (statut == s) {
                return;
            }
        }
        throw new OperationRefusee("plan.refus.statut." + statut.name());
    }

    private void exigerActive() {
        if (!statut.active()) {
            throw new OperationRefusee("plan.refus.statut." + statut.name());
        }
    }

    private static String exigerMotif(String motif) {
        if (motif == null || motif.isBlank()) {
            throw new OperationRefusee("plan.refus.motif.vide");
        }
        return Saisies.texte("motif", motif, LONGUEUR_MOTIF);
    }

    private static String exigerIntitule(String intitule) {
        if (intitule == null || intitule.isBlank()) {
            throw new OperationRefusee("plan.refus.intitule.vide");
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
