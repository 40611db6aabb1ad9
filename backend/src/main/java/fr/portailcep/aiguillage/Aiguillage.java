package fr.portailcep.aiguillage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.portailcep.echeance.Territoire;

/**
 * One aiguillage (UO0): the answers, the orientation given, what the person chose, and the annexe 2 data (national
 * dossier number, date of the interaction, which is also its closing date, origin, motive, contact mode).
 */
@Entity
@Table(name = "aiguillage")
public class Aiguillage {

    @Id
    private UUID id;

    @Column(name = "numero_dossier", nullable = false, unique = true)
    private String numeroDossier;

    @Column(name = "realise_le", nullable = false)
    private Instant realiseLe;

    @Column(name = "date_interaction", nullable = false)
    private LocalDate dateInteraction;

    @Column(name = "date_cloture", nullable = false)
    private LocalDate dateCloture;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode_contact", nullable = false)
    private ModeContact modeContact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrigineDemarche origine;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Motif motif;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Situation situation;

    @Enumerated(EnumType.STRING)
    private Employeur employeur;

    private Boolean cadre;

    @Enumerated(EnumType.STRING)
    @Column(name = "deja_suivi", nullable = false)
    private DejaSuivi dejaSuivi;

    @Column(nullable = false)
    private boolean handicap;

    @Enumerated(EnumType.STRING)
    @Column(name = "tranche_age", nullable = false)
    private TrancheAge trancheAge;

    @Column(name = "code_postal_domicile", nullable = false)
    private String codePostalDomicile;

    @Column(name = "code_postal_travail")
    private String codePostalTravail;

    /** The départements of these postcodes: before a first rendez-vous, their sites' teams see the request. */
    @Column(name = "departement_domicile")
    private String departementDomicile;

    @Column(name = "departement_travail")
    private String departementTravail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Territoire territoire;

    @Column(name = "hors_region", nullable = false)
    private boolean horsRegion;

    @Enumerated(EnumType.STRING)
    @Column(name = "orientation_proposee", nullable = false)
    private Orientation orientationProposee;

    @Column(name = "autres_orientations")
    private String autresOrientations;

    @Enumerated(EnumType.STRING)
    @Column(name = "orientation_retenue", nullable = false)
    private Orientation orientationRetenue;

    @Column(nullable = false)
    private boolean poursuite;

    @Column(name = "realise_par")
    private UUID realisePar;

    @Version
    private Long version;

    protected Aiguillage() {
    }

    Aiguillage(String numeroDossier, Instant realiseLe, Reponses reponses, RegleOrientation.Conseil conseil,
            ModeContact modeContact, UUID realisePar) {
        this.id = UUID.randomUUID();
        this.numeroDossier = numeroDossier;
        this.realiseLe = realiseLe;
        this.territoire = reponses.territoire();
        this.dateInteraction = realiseLe.atZone(territoire.fuseauHoraire()).toLocalDate();
        this.dateCloture = dateInteraction;
        this.modeContact = modeContact;
        this.origine = reponses.origine();
        this.motif = reponses.motif();
        this.situation = reponses.situation();
        this.employeur = reponses.employeur();
        this.cadre = reponses.cadre();
        this.dejaSuivi = reponses.dejaSuivi();
        this.handicap = Boolean.TRUE.equals(reponses.handicap());
        this.trancheAge = reponses.trancheAge();
        this.codePostalDomicile = reponses.codePostalDomicile();
        this.codePostalTravail = reponses.codePostalTravail();
        this.departementDomicile = departement(codePostalDomicile);
        this.departementTravail = departement(codePostalTravail);
        this.horsRegion = conseil.horsRegion();
        this.orientationProposee = conseil.principale();
        this.autresOrientations = conseil.autres().isEmpty() ? null
                : conseil.autres().stream().map(Enum::name).collect(Collectors.joining(","));
        // Until the person chooses to continue here, what they were told is where they go.
        this.orientationRetenue = conseil.principale();
        this.poursuite = conseil.estInterne();
        this.realisePar = realisePar;
    }

    /** The person chose to book here anyway (they may: the choice of operator is theirs). */
    void poursuivreIci() {
        this.poursuite = true;
        this.orientationRetenue = Orientation.RENDEZ_VOUS_CEP;
    }

    public UUID id() {
        return id;
    }

    public String numeroDossier() {
        return numeroDossier;
    }

    public Instant realiseLe() {
        return realiseLe;
    }

    public LocalDate dateInteraction() {
        return dateInteraction;
    }

    public LocalDate dateCloture() {
        return dateCloture;
    }

    public ModeContact modeContact() {
        return modeContact;
    }

    public OrigineDemarche origine() {
        return origine;
    }

    public Motif motif() {
        return motif;
    }

    public Situation situation() {
        return situation;
    }

    public Optional<Employeur> employeur() {
        return Optional.ofNullable(employeur);
    }

    public Optional<Boolean> cadre() {
        return Optional.ofNullable(cadre);
    }

    public DejaSuivi dejaSuivi() {
        return dejaSuivi;
    }

    public boolean handicap() {
        return handicap;
    }

    public TrancheAge trancheAge() {
        return trancheAge;
    }

    public String codePostalDomicile() {
        return codePostalDomicile;
    }

    public Optional<String> codePostalTravail() {
        return Optional.ofNullable(codePostalTravail);
    }

    public Territoire territoire() {
        return territoire;
    }

    public boolean horsRegion() {
        return horsRegion;
    }

    public Orientation orientationProposee() {
        return orientationProposee;
    }

    public List<Orientation> autresOrientations() {
        return autresOrientations == null ? List.of()
                : Arrays.stream(autresOrientations.split(",")).map(Orientation::valueOf).toList();
    }

    public Orientation orientationRetenue() {
        return orientationRetenue;
    }

    public boolean poursuite() {
        return poursuite;
    }

    public Optional<UUID> realisePar() {
        return Optional.ofNullable(realisePar);
    }

    private static String departement(String codePostal) {
        return codePostal == null ? null : fr.portailcep.operateur.FicheSite.departementDe(codePostal).orElse(null);
    }
}
