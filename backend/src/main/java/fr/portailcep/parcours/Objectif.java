package fr.portailcep.parcours;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An objective of the plan d'actions ("Valider mon projet de reconversion"), which groups actions. */
@Entity
@Table(name = "objectif")
public class Objectif {

    @Id
    private UUID id;

    @Column(name = "dossier_id", nullable = false)
    private UUID dossierId;

    @Column(nullable = false)
    private String intitule;

    @Column(nullable = false)
    private int ordre;

    @Column(name = "cree_le", nullable = false)
    private Instant creeLe;

    @Column(name = "cree_par")
    private UUID creePar;

    protected Objectif() {
    }

    Objectif(UUID dossierId, String intitule, int ordre, UUID creePar, Instant maintenant) {
        this.id = UUID.randomUUID();
        this.dossierId = dossierId;
        this.intitule = intitule.strip();
        this.ordre = ordre;
        this.creePar = creePar;
        this.creeLe = maintenant;
    }

    public UUID id() {
        return id;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public String intitule() {
        return intitule;
    }

    public int ordre() {
        return ordre;
    }
}
