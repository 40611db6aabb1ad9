package fr.portailcep.rendezvous;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.portailcep.operateur.FermeturesSites;
import fr.portailcep.shared.Saisies;

/** An exception to the weekly hours: a conseiller's absence, or a site closed (works, a team day…). */
@Entity
@Table(name = "fermeture")
public class Fermeture {

    /** The length of the {@code motif} column (V301). */
    public static final int LONGUEUR_MOTIF = FermeturesSites.LONGUEUR_MOTIF;

    @Id
    private UUID id;

    @Column(name = "conseiller_id")
    private UUID conseillerId;

    @Column(name = "site_id")
    private UUID siteId;

    @Column(nullable = false)
    private Instant debut;

    @Column(nullable = false)
    private Instant fin;

    private String motif;

    @Column(name = "cree_le", nullable = false)
    private Instant creeLe;

    protected Fermeture() {
    }

    private Fermeture(UUID conseillerId, UUID siteId, Instant debut, Instant fin, String motif, Instant creeLe) {
        motif = Saisies.ouNull(Saisies.ligne("motif", motif, LONGUEUR_MOTIF));
        if (!fin.isAfter(debut)) {
            throw new IllegalArgumentException("Une fermeture finit après son début");
        }
        this.id = UUID.randomUUID();
        this.conseillerId = conseillerId;
        this.siteId = siteId;
        this.debut = debut;
        this.fin = fin;
        this.motif = motif;
        this.creeLe = creeLe;
    }

    static Fermeture absence(UUID conseillerId, Instant debut, Instant fin, String motif, Instant creeLe) {
        return new Fermeture(conseillerId, null, debut, fin, motif, creeLe);
    }

    static Fermeture fermetureSite(UUID siteId, Instant debut, Instant fin, String motif, Instant creeLe) {
        return new Fermeture(null, siteId, debut, fin, motif, creeLe);
    }

    public UUID id() {
        return id;
    }

    public Optional<UUID> conseillerId() {
        return Optional.ofNullable(conseillerId);
    }

    public Optional<UUID> siteId() {
        return Optional.ofNullable(siteId);
    }

    public Instant debut() {
        return debut;
    }

    public Instant fin() {
        return fin;
    }

    public Optional<String> motif() {
        return Optional.ofNullable(motif);
    }

    CalculCreneaux.Indisponibilite enIndisponibilite() {
        return new CalculCreneaux.Indisponibilite(conseillerId, siteId, debut, fin);
    }
}
