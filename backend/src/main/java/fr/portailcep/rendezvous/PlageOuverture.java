package fr.portailcep.rendezvous;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A conseiller's weekly opening at a site ("le mardi de 17h00 à 19h30, sur place ou par téléphone"). */
@Entity
@Table(name = "plage_ouverture")
public class PlageOuverture {

    @Id
    private UUID id;

    @Column(name = "conseiller_id", nullable = false)
    private UUID conseillerId;

    @Column(name = "site_id", nullable = false)
    private UUID siteId;

    @Column(nullable = false)
    private short jour;

    @Column(nullable = false)
    private LocalTime debut;

    @Column(nullable = false)
    private LocalTime fin;

    @Column(name = "sur_site", nullable = false)
    private boolean surSite;

    @Column(nullable = false)
    private boolean telephone;

    @Column(nullable = false)
    private boolean visio;

    @Column(name = "duree_minutes", nullable = false)
    private int dureeMinutes;

    @Column(name = "valide_du", nullable = false)
    private LocalDate valideDu;

    @Column(name = "valide_au")
    private LocalDate valideAu;

    protected PlageOuverture() {
    }

    PlageOuverture(UUID conseillerId, UUID siteId, DayOfWeek jour, LocalTime debut, LocalTime fin,
            Set<Modalite> modalites, int dureeMinutes, LocalDate valideDu, LocalDate valideAu) {
        this.id = UUID.randomUUID();
        this.conseillerId = conseillerId;
        this.siteId = siteId;
        this.jour = (short) jour.getValue();
        this.debut = debut;
        this.fin = fin;
        this.surSite = modalites.contains(Modalite.SUR_SITE);
        this.telephone = modalites.contains(Modalite.TELEPHONE);
        this.visio = modalites.contains(Modalite.VISIO);
        this.dureeMinutes = dureeMinutes;
        this.valideDu = valideDu;
        this.valideAu = valideAu;
    }

    /**
     * The rules of a weekly opening, each refused beside its field: a day, a start, an end after the start, slots of
     * 15 minutes to 4 hours that fit at least once, at least one modality.
     */
    static void verifier(DayOfWeek jour, LocalTime debut, LocalTime fin, Set<Modalite> modalites, int dureeMinutes) {
        if (jour == null) {
            throw new OffreInvalide("jour", "offre.erreur.jour");
        }
        if (debut == null) {
            throw new OffreInvalide("debut", "offre.erreur.debut");
        }
        if (fin == null || !fin.isAfter(debut)) {
            throw new OffreInvalide("fin", "offre.erreur.fin");
        }
        if (dureeMinutes < 15 || dureeMinutes > 240) {
            throw new OffreInvalide("duree", "offre.erreur.duree");
        }
        if (Duration.between(debut, fin).toMinutes() < dureeMinutes) {
            throw new OffreInvalide("fin", "offre.erreur.tropcourt");
        }
        if (modalites == null || modalites.isEmpty()) {
            throw new OffreInvalide("modalites", "offre.erreur.modalites");
        }
    }

    /** Whether an opening of {@code autreJour} from {@code autreDebut} to {@code autreFin} overlaps this one. */
    boolean chevauche(DayOfWeek autreJour, LocalTime autreDebut, LocalTime autreFin) {
        return jour() == autreJour && debut.isBefore(autreFin) && autreDebut.isBefore(fin);
    }

    /** Ends the opening on {@code dernierJour} (kept for the history of the offer). */
    void terminer(LocalDate dernierJour) {
        this.valideAu = dernierJour;
    }

    public UUID id() {
        return id;
    }

    public UUID conseillerId() {
        return conseillerId;
    }

    public UUID siteId() {
        return siteId;
    }

    public DayOfWeek jour() {
        return DayOfWeek.of(jour);
    }

    public LocalTime debut() {
        return debut;
    }

    public LocalTime fin() {
        return fin;
    }

    public Set<Modalite> modalites() {
        var m = EnumSet.noneOf(Modalite.class);
        if (surSite) {
            m.add(Modalite.SUR_SITE);
        }
        if (telephone) {
            m.add(Modalite.TELEPHONE);
        }
        if (visio) {
            m.add(Modalite.VISIO);
        }
        return m;
    }

    public int dureeMinutes() {
        return dureeMinutes;
    }

    public LocalDate valideDu() {
        return valideDu;
    }

    public Optional<LocalDate> valideAu() {
        return Optional.ofNullable(valideAu);
    }

    public boolean valideLe(LocalDate date) {
        return !date.isBefore(valideDu) && (valideAu == null || !date.isAfter(valideAu));
    }

    CalculCreneaux.Plage enPlage() {
        return new CalculCreneaux.Plage(id, conseillerId, siteId, jour(), debut, fin, modalites(),
                Duration.ofMinutes(dureeMinutes), valideDu, valideAu);
    }
}
