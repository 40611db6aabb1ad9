package fr.portailcep.parcours;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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
 * A unit of work engaged for a person, with its national number, its period and, once closed, its closing date and
 * motive. Changed only through its {@link Dossier}.
 */
@Entity
@Table(name = "unite_oeuvre_engagee")
public class UniteOeuvreEngagee {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UniteOeuvre uo;

    @Column(nullable = false, unique = true)
    private String numero;

    @Column(name = "engagee_le", nullable = false)
    private LocalDate engageeLe;

    @Column(name = "fin_de_delai")
    private LocalDate finDeDelai;

    @Column(name = "engagement_uo21")
    private LocalDate engagementUo21;

    @Column(name = "conseiller_id", nullable = false)
    private UUID conseillerId;

    @Column(name = "accord_beneficiaire", nullable = false)
    private boolean accordBeneficiaire;

    @Column(name = "actif_occupe", nullable = false)
    private boolean actifOccupe;

    @Column(name = "secteur_prive", nullable = false)
    private boolean secteurPrive;

    @Column(name = "sans_autre_operateur", nullable = false)
    private boolean sansAutreOperateur;

    private String origine;

    private String motif;

    @Column(name = "motif_detaille")
    private String motifDetaille;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatutUnite statut;

    @Column(name = "close_le")
    private LocalDate closeLe;

    @Enumerated(EnumType.STRING)
    @Column(name = "motif_cloture")
    private MotifCloture motifCloture;

    @Column(name = "cloture_enregistree_le")
    private Instant clotureEnregistreeLe;

    @Column(name = "enregistree_le", nullable = false)
    private Instant enregistreeLe;

    /** For a UO2.1 closed by its signed Projet professionnel: whether the person wants UO2.2. */
    @Column(name = "souhait_uo22")
    private Boolean souhaitUo22;

    protected UniteOeuvreEngagee() {
    }

    UniteOeuvreEngagee(Dossier dossier, Engagement engagement, NumeroDossier numero, LocalDate engagementUo21,
            UUID conseillerId, Instant maintenant) {
        this.id = UUID.randomUUID();
        this.dossier = dossier;
        this.uo = engagement.uo();
        this.numero = numero.valeur();
        this.engageeLe = engagement.date();
        this.engagementUo21 = engagement.uo() == UniteOeuvre.UO2_2 ? engagementUo21 : null;
        this.finDeDelai = uo.finDeDelai(engageeLe, this.engagementUo21).orElse(null);
        this.conseillerId = conseillerId;
        this.accordBeneficiaire = engagement.accordBeneficiaire();
        this.actifOccupe = engagement.eligibilite().actifOccupe();
        this.secteurPrive = engagement.eligibilite().secteurPrive();
        this.sansAutreOperateur = engagement.eligibilite().sansAutreOperateur();
        this.origine = engagement.origine();
        this.motif = engagement.motif();
        this.motifDetaille = engagement.motifDetaille();
        this.enregistreeLe = maintenant;
        if (uo == UniteOeuvre.UO0) {
            // UO0 is realised at once (CCTP §1.2.6).
            this.statut = StatutUnite.CLOSE;
            this.closeLe = engageeLe;
            this.motifCloture = MotifCloture.REALISEE;
            this.clotureEnregistreeLe = maintenant;
        } else {
            this.statut = StatutUnite.EN_COURS;
        }
    }

    void clore(LocalDate le, MotifCloture motif, Instant maintenant) {
        this.statut = StatutUnite.CLOSE;
        this.closeLe = le;
        this.motifCloture = motif;
        this.clotureEnregistreeLe = maintenant;
    }

    void noterSouhaitUo22(boolean souhait) {
        this.souhaitUo22 = souhait;
    }

    /** For a UO2.1 closed by its signed Projet professionnel: whether the person wants UO2.2 (empty otherwise). */
    public Optional<Boolean> souhaitUo22() {
        return Optional.ofNullable(souhaitUo22);
    }

    /** The motives a conseiller may record to close this unit (the others come from a signature or the job). */
    public List<MotifCloture> motifsSaisissables() {
        return Arrays.stream(MotifCloture.values()).filter(m -> m.saisiParConseiller() && m.permisPour(uo)).toList();
    }

    /** The days it may be closed on: from its engagement to today. */
    public Bornes datesDeCloture(LocalDate aujourdhui) {
        return datesDeCloture(engageeLe, aujourdhui);
    }

    static Bornes datesDeCloture(LocalDate engageeLe, LocalDate aujourdhui) {
        return new Bornes(engageeLe, aujourdhui);
    }

    /** Its period is over and it is still open: the abandon job closes it. */
    public boolean estEchue(LocalDate aujourdhui) {
        return statut == StatutUnite.EN_COURS && finDeDelai != null && aujourdhui.isAfter(finDeDelai);
    }

    ReglesEngagement.UnitePassee passee() {
        return new ReglesEngagement.UnitePassee(uo, engageeLe, statut == StatutUnite.EN_COURS, motifCloture);
    }

    public UUID id() {
        return id;
    }

    public UniteOeuvre uo() {
        return uo;
    }

    public NumeroDossier numero() {
        return new NumeroDossier(numero);
    }

    public LocalDate engageeLe() {
        return engageeLe;
    }

    /** The last day of its period (none for UO0). */
    public Optional<LocalDate> finDeDelai() {
        return Optional.ofNullable(finDeDelai);
    }

    public UUID conseillerId() {
        return conseillerId;
    }

    public boolean accordBeneficiaire() {
        return accordBeneficiaire;
    }

    public Eligibilite eligibilite() {
        return new Eligibilite(actifOccupe, secteurPrive, sansAutreOperateur);
    }

    public String origine() {
        return origine;
    }

    public String motif() {
        return motif;
    }

    public String motifDetaille() {
        return motifDetaille;
    }

    public StatutUnite statut() {
        return statut;
    }

    public boolean enCours() {
        return statut == StatutUnite.EN_COURS;
    }

    public Optional<LocalDate> closeLe() {
        return Optional.ofNullable(closeLe);
    }

    public Optional<MotifCloture> motifCloture() {
        return Optional.ofNullable(motifCloture);
    }
}
