package fr.portailcep.livrable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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

import org.springframework.data.domain.AbstractAggregateRoot;

import fr.portailcep.shared.Saisies;
import fr.portailcep.signature.DocumentASigner.EtatSignataire;
import fr.portailcep.signature.MethodeSignature;
import fr.portailcep.signature.RoleSignataire;

/**
 * A livrable: the document that closes one unit of work of a person (CCTP §2.1.2, §2.1.3), with every version kept,
 * the comments, and per submitted version the signers and where they stand. It answers what someone may do now
 * ({@link #actesPossibles}); every change checks that answer and is refused otherwise ({@link LivrableRefuse}).
 * <p>
 * Rules:
 * <ul>
 * <li>a draft ({@link EtatLivrable#BROUILLON}) is changed in place; the person may read it and comment;</li>
 * <li>submitting freezes the current version's PDF and its SHA-256 and expects two signers: the person and the
 * conseiller who submitted;</li>
 * <li>any change after submission makes a new version (a draft again) and cancels the pending signatures: the
 * previous version is kept, marked {@code annulee};</li>
 * <li>a signature is accepted only on the current version, while {@link EtatLivrable#EN_SIGNATURE}, from an
 * expected signer still {@code ATTENDU} (or, on paper, one who asked for paper);</li>
 * <li>a refusal leaves the livrable {@link EtatLivrable#EN_SIGNATURE} with a {@code REFUSE} signer: nobody may sign
 * that version any more, the reason goes back to the conseiller, whose next change makes a new version (chosen over
 * going back to a draft at once, so that the refused version and its reason stay visible as they were signed);</li>
 * <li>{@link EtatLivrable#SIGNE} once every signer has signed and the sealed PDF is stored; {@link EtatLivrable#CADUC}
 * when its unit closed without it.</li>
 * </ul>
 */
@Entity
@Table(name = "livrable")
public class Livrable extends AbstractAggregateRoot<Livrable> {

    @Id
    private UUID id;

    @Column(name = "beneficiaire_id", nullable = false)
    private UUID beneficiaireId;

    /** The unit of work this document closes ({@code unite_oeuvre_engagee}). */
    @Column(name = "unite_id", nullable = false)
    private UUID uniteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TypeLivrable type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EtatLivrable etat;

    @Column(name = "cree_le", nullable = false)
    private Instant creeLe;

    @Column(name = "cree_par", nullable = false)
    private UUID creePar;

    @Column(name = "signe_le")
    private Instant signeLe;

    @Column(name = "pdf_scelle", columnDefinition = "bytea")
    private byte[] pdfScelle;

    @OneToMany(mappedBy = "livrable", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("numero")
    private List<VersionLivrable> versions = new ArrayList<>();

    @OneToMany(mappedBy = "livrable", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("le")
    private List<CommentaireLivrable> commentaires = new ArrayList<>();

    @Version
    private Long version;

    protected Livrable() {
    }

    /** A conseiller starts the document of a unit, prefilled ({@code contenu}: the content as JSON). */
    static Livrable rediger(UUID beneficiaireId, UUID uniteId, TypeLivrable type, String contenu, UUID conseiller,
            Instant maintenant) {
        var livrable = new Livrable();
        livrable.id = UUID.randomUUID();
        livrable.beneficiaireId = beneficiaireId;
        livrable.uniteId = uniteId;
        livrable.type = type;
        livrable.etat = EtatLivrable.BROUILLON;
        livrable.creeLe = maintenant;
        livrable.creePar = conseiller;
        livrable.versions.add(new VersionLivrable(livrable, 1, contenu, maintenant));
        return livrable;
    }

    // ---------------------------------------------------------------- what may happen

    /** What this person may do with the livrable now. */
    public Set<ActeLivrable> actesPossibles(ActeurLivrable acteur) {
        var actes = EnumSet.noneOf(ActeLivrable.class);
        if (acteur == null || acteur.qualite() == ActeurLivrable.Qualite.LECTEUR) {
            return actes;
        }
        switch (etat) {
            case BROUILLON -> {
                actes.add(ActeLivrable.COMMENTER);
                if (acteur.estConseiller()) {
                    actes.add(ActeLivrable.MODIFIER);
                    actes.add(ActeLivrable.SOUMETTRE);
                }
            }
            case EN_SIGNATURE -> {
                actes.add(ActeLivrable.COMMENTER);
                if (acteur.estConseiller()) {
                    actes.add(ActeLivrable.MODIFIER);
                }
                var refusee = refusee();
                var role = acteur.estBeneficiaire() ? RoleSignataire.BENEFICIAIRE : RoleSignataire.CONSEILLER;
                courante().signataire(role).filter(s -> s.compteId().equals(acteur.compteId()))
                        .filter(s -> s.etat() == EtatSignataire.ATTENDU && !refusee).ifPresent(s -> {
                            actes.add(ActeLivrable.SIGNER);
                            actes.add(ActeLivrable.REFUSER);
                            actes.add(ActeLivrable.DEMANDER_PAPIER);
                        });
                if (acteur.estConseiller() && !refusee && courante().signataires().stream()
                        .anyMatch(s -> s.etat() == EtatSignataire.PAPIER_DEMANDE)) {
                    actes.add(ActeLivrable.IMPRIMER);
                    actes.add(ActeLivrable.DEPOSER_SCAN);
                }
            }
            case SIGNE, CADUC -> {
                // Final: kept as it is.
            }
        }
        return actes;
    }

    public boolean peut(ActeLivrable acte, ActeurLivrable acteur) {
        return actesPossibles(acteur).contains(acte);
    }

    private void exiger(ActeLivrable acte, ActeurLivrable acteur) {
        if (!peut(acte, acteur)) {
            throw new LivrableRefuse("livrable.refus." + acte.name());
        }
    }

    // ---------------------------------------------------------------- the conseiller and the person

    /**
     * The conseiller changes the text of the version they read. A draft changes in place; a submitted version is
     * kept, its pending signatures cancelled, and a new version (a draft) starts.
     */
    void modifier(ActeurLivrable acteur, int versionLue, String contenu, Instant maintenant) {
        exiger(ActeLivrable.MODIFIER, acteur);
        var courante = courante();
        if (versionLue != courante.numero()) {
            throw new LivrableRefuse("livrable.refus.version.perimee", courante.numero());
        }
        if (courante.soumise()) {
            courante.annuler();
            versions.add(new VersionLivrable(this, courante.numero() + 1, contenu, maintenant));
            etat = EtatLivrable.BROUILLON;
        } else {
            courante.changerContenu(contenu);
        }
    }

    /**
     * The conseiller submits the current version: its exact PDF and SHA-256 are frozen, the person and this
     * conseiller are asked to sign it.
     */
    void soumettre(ActeurLivrable acteur, byte[] pdf, String empreinte, UUID compteBeneficiaire, Instant maintenant) {
        exiger(ActeLivrable.SOUMETTRE, acteur);
        courante().soumettre(pdf, empreinte, acteur.compteId(), compteBeneficiaire, maintenant);
        etat = EtatLivrable.EN_SIGNATURE;
    }

    /** The person or the conseiller comments on the current version. */
    CommentaireLivrable commenter(ActeurLivrable acteur, String texte, Instant maintenant) {
        exiger(ActeLivrable.COMMENTER, acteur);
        if (texte == null || texte.isBlank()) {
            throw LivrableRefuse.surLeChamp("texte", "livrable.refus.commentaire.vide");
        }
        texte = Saisies.texte("texte", texte, CommentaireLivrable.LONGUEUR_TEXTE);
        var commentaire = new CommentaireLivrable(this, courante().numero(), acteur.compteId(),
                acteur.estBeneficiaire(), texte, maintenant);
        commentaires.add(commentaire);
        return commentaire;
    }

    // ---------------------------------------------------------------- the signature ceremony (the port)

    /** An expected signer approved the current version ({@code PAPIER}: the signed paper was attested). */
    void signer(int version, RoleSignataire role, UUID compteId, MethodeSignature methode, Instant le, long preuve) {
        var signataire = signataireAttendu(version, role, compteId);
        var papier = methode == MethodeSignature.PAPIER && signataire.etat() == EtatSignataire.PAPIER_DEMANDE;
        if (signataire.etat() != EtatSignataire.ATTENDU && !papier) {
            throw new LivrableRefuse("livrable.refus.SIGNER");
        }
        signataire.signe(methode, le, preuve);
    }

    /** An expected signer refused the current version: the reason goes back to the conseiller. */
    void refuser(int version, RoleSignataire role, UUID compteId, String motif, Instant le, long preuve) {
        var signataire = signataireAttendu(version, role, compteId);
        if (signataire.etat() != EtatSignataire.ATTENDU) {
            throw new LivrableRefuse("livrable.refus.REFUSER");
        }
        if (motif == null || motif.isBlank()) {
            throw LivrableRefuse.surLeChamp("motif", "livrable.refus.motif.vide");
        }
        signataire.refuse(Saisies.texte("motif", motif, SignataireLivrable.LONGUEUR_MOTIF), le, preuve);
    }

    /** An expected signer prefers paper. */
    void demanderPapier(int version, RoleSignataire role, UUID compteId, Instant le, long preuve) {
        var signataire = signataireAttendu(version, role, compteId);
        if (signataire.etat() != EtatSignataire.ATTENDU) {
            throw new LivrableRefuse("livrable.refus.DEMANDER_PAPIER");
        }
        signataire.papierDemande(le, preuve);
    }

    private SignataireLivrable signataireAttendu(int version, RoleSignataire role, UUID compteId) {
        if (etat != EtatLivrable.EN_SIGNATURE) {
            throw new LivrableRefuse("livrable.refus.pasensignature");
        }
        var courante = courante();
        if (version != courante.numero() || !courante.soumise() || courante.annulee()) {
            throw new LivrableRefuse("livrable.refus.version.perimee", courante.numero());
        }
        if (refusee()) {
            throw new LivrableRefuse("livrable.refus.version.refusee");
        }
        return courante.signataire(role).filter(s -> s.compteId().equals(compteId))
                .orElseThrow(() -> new LivrableRefuse("livrable.refus.pas.signataire"));
    }

    /**
     * Everyone signed and the final PDF is sealed: stored, the livrable is signed, and {@link LivrableSigne} is
     * registered (the parcours closes the unit).
     *
     * @param souhaitUo22 for a Projet professionnel, whether the person wants UO2.2 (written in its content)
     */
    void sceller(int version, byte[] pdf, Instant le, boolean souhaitUo22) {
        if (etat != EtatLivrable.EN_SIGNATURE) {
            throw new LivrableRefuse("livrable.refus.pasensignature");
        }
        var courante = courante();
        if (version != courante.numero() || !courante.soumise()) {
            throw new LivrableRefuse("livrable.refus.version.perimee", courante.numero());
        }
        if (!toutesSignees()) {
            throw new LivrableRefuse("livrable.refus.signatures.manquantes");
        }
        if (pdf == null || pdf.length == 0) {
            throw new IllegalArgumentException("Un PDF scellé vide");
        }
        this.pdfScelle = pdf.clone();
        this.signeLe = le;
        this.etat = EtatLivrable.SIGNE;
        var papier = courante.signataires().stream()
                .anyMatch(s -> s.methode().filter(m -> m == MethodeSignature.PAPIER).isPresent());
        registerEvent(new LivrableSigne(id, courante.numero(), type, beneficiaireId, type.uo(), le, papier,
                type == TypeLivrable.PROJET_PROFESSIONNEL && souhaitUo22, courante.soumisePar().orElseThrow()));
    }

    /** Its unit closed without it (abandon): no longer signable. A signed livrable stays signed. */
    boolean rendreCaduc() {
        if (etat == EtatLivrable.SIGNE || etat == EtatLivrable.CADUC) {
            return false;
        }
        etat = EtatLivrable.CADUC;
        return true;
    }

    /** The events registered and not yet published (for the tests of the rules). */
    java.util.Collection<Object> evenements() {
        return domainEvents();
    }

    /** Every signer of the current, submitted version has signed. */
    public boolean toutesSignees() {
        var signataires = courante().signataires();
        return !signataires.isEmpty() && signataires.stream().allMatch(s -> s.etat() == EtatSignataire.SIGNE);
    }

    private boolean refusee() {
        return courante().signataires().stream().anyMatch(s -> s.etat() == EtatSignataire.REFUSE);
    }

    // ---------------------------------------------------------------- reading

    public UUID id() {
        return id;
    }

    public UUID beneficiaireId() {
        return beneficiaireId;
    }

    public UUID uniteId() {
        return uniteId;
    }

    public TypeLivrable type() {
        return type;
    }

    public EtatLivrable etat() {
        return etat;
    }

    public Instant creeLe() {
        return creeLe;
    }

    public UUID creePar() {
        return creePar;
    }

    public Optional<Instant> signeLe() {
        return Optional.ofNullable(signeLe);
    }

    public Optional<byte[]> pdfScelle() {
        return Optional.ofNullable(pdfScelle).map(byte[]::clone);
    }

    /** The current version: the last one. */
    public VersionLivrable courante() {
        return versions.getLast();
    }

    /** Every version, oldest first. */
    public List<VersionLivrable> versions() {
        return versions.stream().sorted(Comparator.comparingInt(VersionLivrable::numero)).toList();
    }

    public List<CommentaireLivrable> commentaires() {
        return List.copyOf(commentaires);
    }
}
