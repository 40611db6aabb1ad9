package fr.portailcep.parcours;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.portailcep.shared.Saisies;

/** An objective of the plan d'actions ("Valider mon projet de reconversion"), which groups actions. */
@Entity
@Table(name = "objectif")
public class Objectif {

    /** The length of {@code objectif.intitule} (V403). */
    public static final int LONGUEUR_INTITULE = 300;

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
        if (intitule == null || intitule.isBlank()) {
            throw OperationRefusee.surLeChamp("intitule", "plan.refus.intitule.vide");
        }
        this.id = UUID.randomUUID();
        this.dossierId = dossierId;
        this.intitule = Saisies.ligne("intitule", intitule, LONGUEUR_INTITULE);
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
