package fr.portailcep.parcours;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import fr.portailcep.shared.Saisies;

/** A request of the person to the service (a booking, a call, an engagement asked in person). */
@Entity
@Table(name = "demande_dossier")
public class DemandeDossier {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Column(name = "recue_le", nullable = false)
    private Instant recueLe;

    @Column(nullable = false)
    private String origine;

    protected DemandeDossier() {
    }

    DemandeDossier(Dossier dossier, Instant recueLe, String origine) {
        this.id = UUID.randomUUID();
        this.dossier = dossier;
        this.recueLe = recueLe;
        this.origine = Saisies.ligne("origine", origine, 40);
    }

    public Instant recueLe() {
        return recueLe;
    }

    /** Where the request came from: {@code RENDEZ_VOUS}, {@code CONSEILLER}… */
    public String origine() {
        return origine;
    }
}
