package fr.portailcep.satisfaction;

import java.time.Duration;
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

import fr.portailcep.parcours.MotifCloture;
import fr.portailcep.parcours.UniteCloturee;
import fr.portailcep.parcours.UniteOeuvre;
import fr.portailcep.shared.ActeRefuse;

/**
 * The survey of one closing (one per unit of work, a unique key says so): two questions and an optional comment.
 * <ul>
 * <li>The one-tap links of the courriels answer one question each, once: a question already answered refuses its
 * link ({@link #DUREE_LIENS} after the closing, the links expire).</li>
 * <li>In the portal, the person may answer, change their answers and comment while the survey is open: until the
 * links expire when nothing was answered yet, then {@link #DELAI_MODIFICATION} after the first answer.</li>
 * </ul>
 */
@Entity
@Table(name = "enquete_satisfaction")
class EnqueteSatisfaction {

    /** The one-tap links, and the survey with no answer yet, stay valid this long after the closing. */
    static final Duration DUREE_LIENS = Duration.ofDays(30);
    /** The answers can be changed this long after the first one. */
    static final Duration DELAI_MODIFICATION = Duration.ofDays(7);
    /** The reminder leaves this long after the survey, when nothing was answered. */
    static final Duration DELAI_RAPPEL = Duration.ofDays(7);
    /** The column's length. */
    static final int LONGUEUR_COMMENTAIRE = 2000;

    @Id
    private UUID id;

    @Column(name = "unite_id", nullable = false, updatable = false)
    private UUID uniteId;

    @Column(name = "beneficiaire_id", nullable = false, updatable = false)
    private UUID beneficiaireId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private UniteOeuvre uo;

    @Enumerated(EnumType.STRING)
    @Column(name = "motif_cloture", nullable = false, updatable = false)
    private MotifCloture motifCloture;

    @Column(name = "conseiller_id", updatable = false)
    private UUID conseillerId;

    @Column(name = "site_id", updatable = false)
    private UUID siteId;

    @Column(name = "close_le", nullable = false, updatable = false)
    private LocalDate closeLe;

    @Column(name = "creee_le", nullable = false, updatable = false)
    private Instant creeeLe;

    private Integer qualite;

    private Integer utilite;

    @Column(name = "qualite_le")
    private Instant qualiteLe;

    @Column(name = "utilite_le")
    private Instant utiliteLe;

    @Column(name = "premiere_reponse_le")
    private Instant premiereReponseLe;

    private String commentaire;

    @Column(name = "commentaire_le")
    private Instant commentaireLe;

    @Version
    private long version;

    protected EnqueteSatisfaction() {
    }

    EnqueteSatisfaction(UniteCloturee cloture) {
        this.id = UUID.randomUUID();
        this.uniteId = cloture.uniteId();
        this.beneficiaireId = cloture.beneficiaireId();
        this.uo = cloture.uo();
        this.motifCloture = cloture.motif();
        this.conseillerId = cloture.conseillerId();
        this.siteId = cloture.siteId();
        this.closeLe = cloture.closeLe();
        this.creeeLe = cloture.maintenant();
    }

    /** Surveys asked only for UO1, UO2.1 and UO2.2 (CCTP §4.3). */
    static boolean concerne(UniteOeuvre uo) {
        return uo != UniteOeuvre.UO0;
    }

    Instant liensValablesJusquAu() {
        return creeeLe.plus(DUREE_LIENS);
    }

    /** Until when the person may answer or change their answers in the portal. */
    Instant ouverteJusquAu() {
        return premiereReponseLe == null ? liensValablesJusquAu() : premiereReponseLe.plus(DELAI_MODIFICATION);
    }

    boolean modifiable(Instant maintenant) {
        return maintenant.isBefore(ouverteJusquAu());
    }

    boolean repondue(Question question) {
        return niveau(question).isPresent();
    }

    boolean sansReponse() {
        return premiereReponseLe == null;
    }

    Optional<Niveau> niveau(Question question) {
        var valeur = question == Question.QUALITE ? qualite : utilite;
        return Optional.ofNullable(valeur).map(Niveau::deValeur);
    }

    /** A one-tap link: the question must not have been answered yet (a link serves once per question). */
    void repondreParLien(Question question, Niveau niveau, Instant maintenant) {
        if (repondue(question) || !maintenant.isBefore(liensValablesJusquAu())) {
            throw new ActeRefuse("satisfaction.refus.lien.utilise");
        }
        fixer(question, niveau, maintenant);
    }

    /** The portal's form: both answers (either may stay empty) and the comment, while the survey is open. */
    void repondre(Niveau qualiteChoisie, Niveau utiliteChoisie, String commentaireSaisi, Instant maintenant) {
        if (!modifiable(maintenant)) {
            throw new ActeRefuse("satisfaction.refus.fermee");
        }
        if (qualiteChoisie != null) {
            fixer(Question.QUALITE, qualiteChoisie, maintenant);
        }
        if (utiliteChoisie != null) {
            fixer(Question.UTILITE, utiliteChoisie, maintenant);
        }
        if (commentaireSaisi == null ? commentaire != null : !commentaireSaisi.equals(commentaire)) {
            commentaire = commentaireSaisi;
            commentaireLe = commentaireSaisi == null ? null : maintenant;
        }
        if (premiereReponseLe == null && commentaire != null) {
            premiereReponseLe = maintenant;
        }
    }

    private void fixer(Question question, Niveau niveau, Instant maintenant) {
        if (question == Question.QUALITE) {
            if (qualite == null || qualite != niveau.valeur()) {
                qualite = niveau.valeur();
                qualiteLe = maintenant;
            }
        } else if (utilite == null || utilite != niveau.valeur()) {
            utilite = niveau.valeur();
            utiliteLe = maintenant;
        }
        if (premiereReponseLe == null) {
            premiereReponseLe = maintenant;
        }
    }

    Indicateur81.Reponse reponse() {
        return new Indicateur81.Reponse(niveau(Question.QUALITE).orElse(null), niveau(Question.UTILITE).orElse(null));
    }

    UUID id() {
        return id;
    }

    UUID uniteId() {
        return uniteId;
    }

    UUID beneficiaireId() {
        return beneficiaireId;
    }

    UniteOeuvre uo() {
        return uo;
    }

    MotifCloture motifCloture() {
        return motifCloture;
    }

    UUID conseillerId() {
        return conseillerId;
    }

    UUID siteId() {
        return siteId;
    }

    LocalDate closeLe() {
        return closeLe;
    }

    Instant creeeLe() {
        return creeeLe;
    }

    Optional<String> commentaire() {
        return Optional.ofNullable(commentaire);
    }

    Optional<Instant> commentaireLe() {
        return Optional.ofNullable(commentaireLe);
    }

    Optional<Instant> premiereReponseLe() {
        return Optional.ofNullable(premiereReponseLe);
    }
}
