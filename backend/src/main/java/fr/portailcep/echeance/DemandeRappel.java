package fr.portailcep.echeance;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * "Rappelez-moi": the person found no slot that suits before their due date and left a number instead of leaving
 * empty-handed. Their request stays on the clock; a conseiller calls back and books the first exchange.
 */
@Entity
@Table(name = "demande_rappel")
public class DemandeRappel {

    public enum Statut {
        A_RAPPELER, RAPPELE
    }

    @Id
    private UUID id;

    @Column(name = "demande_id", nullable = false)
    private UUID demandeId;

    @Column(nullable = false)
    private String telephone;

    private String disponibilites;

    @Column(name = "demande_le", nullable = false)
    private Instant demandeLe;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Statut statut;

    @Column(name = "traite_le")
    private Instant traiteLe;

    @Column(name = "traite_par")
    private UUID traitePar;

    @Version
    private Long version;

    protected DemandeRappel() {
    }

    /** The length of the {@code disponibilites} column (V300). */
    static final int LONGUEUR_DISPONIBILITES = 500;

    DemandeRappel(UUID demandeId, String telephone, String disponibilites, Instant demandeLe) {
        this.id = UUID.randomUUID();
        this.demandeId = demandeId;
        this.telephone = telephone;
        this.disponibilites = disponibilites;
        this.demandeLe = demandeLe;
        this.statut = Statut.A_RAPPELER;
    }

    void rappele(UUID par, Instant quand) {
        if (statut != Statut.A_RAPPELER) {
            throw new IllegalStateException("Ce rappel est déjà fait");
        }
        statut = Statut.RAPPELE;
        traitePar = par;
        traiteLe = quand;
    }

    void completer(String telephone, String disponibilites) {
        this.telephone = telephone;
        this.disponibilites = disponibilites;
    }

    public UUID id() {
        return id;
    }

    public UUID demandeId() {
        return demandeId;
    }

    public String telephone() {
        return telephone;
    }

    public Optional<String> disponibilites() {
        return Optional.ofNullable(disponibilites);
    }

    public Instant demandeLe() {
        return demandeLe;
    }

    public Statut statut() {
        return statut;
    }

    public boolean aRappeler() {
        return statut == Statut.A_RAPPELER;
    }

    public Optional<Instant> traiteLe() {
        return Optional.ofNullable(traiteLe);
    }
}
