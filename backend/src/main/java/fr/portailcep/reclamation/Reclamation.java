package fr.portailcep.reclamation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.portailcep.shared.ActeRefuse;

/**
 * A réclamation (CCTP §3.7, annexe 2 §3): who, how it came, its motive, what happened and what the person expects,
 * its date of receipt (which starts the clocks), its acknowledgement, the correspondant it is assigned to, internal
 * notes, the draft and the answer, the person's opinion of the answer, the referral to the médiateur and the date the
 * médiateur asked for access to the dossier, and the history of every step. Each change is a method that checks it is
 * allowed now; {@link #actesPossibles} says what may happen next, for whom.
 */
@Entity
@Table(name = "reclamation")
class Reclamation {

    static final int LONGUEUR_REPONSE = 10_000;
    static final int LONGUEUR_NOTE = 4000;
    static final int LONGUEUR_RAISON = 2000;

    /** Who looks at the réclamation. */
    enum Qui {
        PERSONNE, CORRESPONDANT
    }

    @Id
    private UUID id;

    @Column(nullable = false)
    private String numero;

    @Column(name = "beneficiaire_id", nullable = false)
    private UUID beneficiaireId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CanalReclamation canal;

    @Column(nullable = false)
    private String motif;

    @Column(nullable = false)
    private String faits;

    private String attentes;

    @Column(name = "recue_le", nullable = false)
    private LocalDate recueLe;

    @Column(name = "enregistree_le", nullable = false)
    private Instant enregistreeLe;

    @Column(name = "enregistree_par")
    private UUID enregistreePar;

    @Column(name = "accuse_le")
    private Instant accuseLe;

    @Column(name = "assigne_a")
    private UUID assigneA;

    private String brouillon;

    private String reponse;

    @Column(name = "repondu_le")
    private Instant reponduLe;

    @Column(name = "repondu_par")
    private UUID reponduPar;

    @Column(name = "avis_satisfait")
    private Boolean avisSatisfait;

    @Column(name = "raison_avis")
    private String raisonAvis;

    @Column(name = "avis_le")
    private Instant avisLe;

    @Column(name = "portee_au_mediateur_le")
    private Instant porteeAuMediateurLe;

    @Column(name = "saisine_id")
    private UUID saisineId;

    @Column(name = "acces_dossier_demande_le")
    private Instant accesDossierDemandeLe;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EtatReclamation etat;

    @Version
    private Long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "reclamation_id", nullable = false, updatable = false)
    private List<PieceReclamation> pieces = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "note_reclamation", joinColumns = @JoinColumn(name = "reclamation_id"))
    @OrderColumn(name = "rang")
    private List<Note> notes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "etape_reclamation", joinColumns = @JoinColumn(name = "reclamation_id"))
    @OrderColumn(name = "rang")
    private List<Etape> historique = new ArrayList<>();

    /** An internal note. */
    @Embeddable
    record Note(@Column(name = "le", nullable = false) Instant le, @Column(name = "auteur_id") UUID auteurId,
            @Column(name = "texte", nullable = false) String texte) {
    }

    /** A step of the history ({@code cle}: its text in reclamation.properties). */
    @Embeddable
    record Etape(@Column(name = "le", nullable = false) Instant le, @Column(name = "cle", nullable = false) String cle,
            @Column(name = "auteur_id") UUID auteurId) {
    }

    protected Reclamation() {
    }

    /**
     * A réclamation received on {@code recueLe}: online ones are acknowledged at once by the caller
     * ({@link #accuser}), letters and emails wait in state RECUE.
     */
    Reclamation(String numero, UUID beneficiaireId, CanalReclamation canal, String motif, String faits,
            String attentes, LocalDate recueLe, Instant maintenant, UUID enregistreePar) {
        this.id = UUID.randomUUID();
        this.numero = numero;
        this.beneficiaireId = beneficiaireId;
        this.canal = canal;
        this.motif = motif;
        this.faits = faits;
        this.attentes = attentes;
        this.recueLe = recueLe;
        this.enregistreeLe = maintenant;
        this.enregistreePar = enregistreePar;
        this.etat = EtatReclamation.RECUE;
        noter(maintenant, canal == CanalReclamation.EN_LIGNE ? "reclamation.historique.deposee"
                : "reclamation.historique.enregistree." + canal.name(), enregistreePar);
    }

    // ------------------------------------------------------------------ what may happen

    /** What {@code qui} may do next, on {@code aujourdhui} (DD014: the view shows these and nothing else). */
    Set<ActeReclamation> actesPossibles(Qui qui, LocalDate aujourdhui) {
        var actes = EnumSet.noneOf(ActeReclamation.class);
        if (qui == Qui.CORRESPONDANT) {
            actes.add(ActeReclamation.ASSIGNER);
            actes.add(ActeReclamation.NOTER);
            if (etat == EtatReclamation.RECUE) {
                actes.add(ActeReclamation.ACCUSER_RECEPTION);
            }
            if (etat == EtatReclamation.RECUE || etat == EtatReclamation.ACCUSEE) {
                actes.add(ActeReclamation.REPONDRE);
            }
            return actes;
        }
        if (etat == EtatReclamation.REPONDUE || etat == EtatReclamation.SATISFAITE
                || etat == EtatReclamation.INSATISFAITE) {
            actes.add(ActeReclamation.DONNER_AVIS);
        }
        if (peutEtrePorteeAuMediateur(aujourdhui)) {
            actes.add(ActeReclamation.SAISIR_MEDIATEUR);
        }
        return actes;
    }

    /**
     * The person may refer it to the médiateur when the answer did not suit them, or when no answer came by its due
     * date; once, and not after saying the answer suits them.
     */
    boolean peutEtrePorteeAuMediateur(LocalDate aujourdhui) {
        if (etat == EtatReclamation.PORTEE_AU_MEDIATEUR) {
            return false;
        }
        return etat == EtatReclamation.INSATISFAITE
                || reponse == null && DelaisReclamation.reponseEnRetard(recueLe, aujourdhui);
    }

    private void exiger(Qui qui, ActeReclamation acte, LocalDate aujourdhui) {
        if (!actesPossibles(qui, aujourdhui).contains(acte)) {
            throw new ActeRefuse("reclamation.refus." + acte.name());
        }
    }

    // ------------------------------------------------------------------ changes

    /** The acknowledgement is sent (by email, or to be printed when the person has no address). */
    void accuser(Instant maintenant, UUID par, boolean parCourriel, LocalDate aujourdhui) {
        exiger(Qui.CORRESPONDANT, ActeReclamation.ACCUSER_RECEPTION, aujourdhui);
        this.accuseLe = maintenant;
        this.etat = EtatReclamation.ACCUSEE;
        noter(maintenant, parCourriel ? "reclamation.historique.accusee" : "reclamation.historique.accusee.imprimer",
                par);
    }

    void assigner(UUID compteId, Instant maintenant, UUID par, LocalDate aujourdhui) {
        exiger(Qui.CORRESPONDANT, ActeReclamation.ASSIGNER, aujourdhui);
        this.assigneA = compteId;
        noter(maintenant, "reclamation.historique.assignee", par);
    }

    void ajouterNote(String texte, Instant maintenant, UUID par, LocalDate aujourdhui) {
        exiger(Qui.CORRESPONDANT, ActeReclamation.NOTER, aujourdhui);
        notes.add(new Note(maintenant, par, texte));
        noter(maintenant, "reclamation.historique.note", par);
    }

    void enregistrerBrouillon(String texte, Instant maintenant, UUID par, LocalDate aujourdhui) {
        exiger(Qui.CORRESPONDANT, ActeReclamation.REPONDRE, aujourdhui);
        this.brouillon = texte;
        noter(maintenant, "reclamation.historique.brouillon", par);
    }

    /** The answer is sent; a letter not acknowledged yet is acknowledged by it. */
    void repondre(String texte, Instant maintenant, UUID par, LocalDate aujourdhui) {
        exiger(Qui.CORRESPONDANT, ActeReclamation.REPONDRE, aujourdhui);
        if (accuseLe == null) {
            accuseLe = maintenant;
        }
        this.reponse = texte;
        this.brouillon = null;
        this.reponduLe = maintenant;
        this.reponduPar = par;
        this.etat = EtatReclamation.REPONDUE;
        noter(maintenant, "reclamation.historique.repondue", par);
    }

    /** The person's opinion of the answer (they may change it until they refer it to the médiateur). */
    void donnerAvis(boolean satisfait, String raison, Instant maintenant, UUID par, LocalDate aujourdhui) {
        exiger(Qui.PERSONNE, ActeReclamation.DONNER_AVIS, aujourdhui);
        this.avisSatisfait = satisfait;
        this.raisonAvis = raison;
        this.avisLe = maintenant;
        this.etat = satisfait ? EtatReclamation.SATISFAITE : EtatReclamation.INSATISFAITE;
        noter(maintenant, satisfait ? "reclamation.historique.satisfaite" : "reclamation.historique.insatisfaite",
                par);
    }

    /**
     * The médiation recorded a referral of this réclamation (its event): recorded whatever the state, once (the
     * same referral again changes nothing).
     */
    boolean porterAuMediateur(UUID saisine, Instant le) {
        if (etat == EtatReclamation.PORTEE_AU_MEDIATEUR) {
            return false;
        }
        this.etat = EtatReclamation.PORTEE_AU_MEDIATEUR;
        this.porteeAuMediateurLe = le;
        this.saisineId = saisine;
        noter(le, "reclamation.historique.mediateur", null);
        return true;
    }

    /** The médiateur asked for access to the dossier (annexe 2 §3): the first request's date is kept. */
    boolean accesDossierDemande(Instant le) {
        if (accesDossierDemandeLe != null) {
            return false;
        }
        this.accesDossierDemandeLe = le;
        noter(le, "reclamation.historique.acces-dossier", null);
        return true;
    }

    void joindre(PieceReclamation piece) {
        pieces.add(piece);
    }

    private void noter(Instant le, String cle, UUID auteur) {
        historique.add(new Etape(le, cle, auteur));
    }

    // ------------------------------------------------------------------ reading

    LocalDate accuseAvant() {
        return DelaisReclamation.accuseAvant(recueLe);
    }

    LocalDate reponseAvant() {
        return DelaisReclamation.reponseAvant(recueLe);
    }

    boolean ouverte() {
        return etat == EtatReclamation.RECUE || etat == EtatReclamation.ACCUSEE;
    }

    /** The next date that matters: the acknowledgement's while it is not sent, then the answer's; none once answered. */
    Optional<LocalDate> echeance() {
        if (etat == EtatReclamation.RECUE) {
            return Optional.of(accuseAvant());
        }
        if (etat == EtatReclamation.ACCUSEE) {
            return Optional.of(reponseAvant());
        }
        return Optional.empty();
    }

    boolean enRetard(LocalDate aujourdhui) {
        return etat == EtatReclamation.RECUE && DelaisReclamation.accuseEnRetard(recueLe, aujourdhui)
                || ouverte() && DelaisReclamation.reponseEnRetard(recueLe, aujourdhui);
    }

    UUID id() {
        return id;
    }

    String numero() {
        return numero;
    }

    UUID beneficiaireId() {
        return beneficiaireId;
    }

    CanalReclamation canal() {
        return canal;
    }

    String motif() {
        return motif;
    }

    String faits() {
        return faits;
    }

    String attentes() {
        return attentes;
    }

    LocalDate recueLe() {
        return recueLe;
    }

    Instant accuseLe() {
        return accuseLe;
    }

    UUID assigneA() {
        return assigneA;
    }

    String brouillon() {
        return brouillon;
    }

    String reponse() {
        return reponse;
    }

    Instant reponduLe() {
        return reponduLe;
    }

    UUID reponduPar() {
        return reponduPar;
    }

    Boolean avisSatisfait() {
        return avisSatisfait;
    }

    String raisonAvis() {
        return raisonAvis;
    }

    UUID saisineId() {
        return saisineId;
    }

    Instant porteeAuMediateurLe() {
        return porteeAuMediateurLe;
    }

    Instant accesDossierDemandeLe() {
        return accesDossierDemandeLe;
    }

    EtatReclamation etat() {
        return etat;
    }

    List<Note> notes() {
        return List.copyOf(notes);
    }

    List<Etape> historique() {
        return List.copyOf(historique);
    }
}
