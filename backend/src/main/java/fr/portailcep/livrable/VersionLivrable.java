package fr.portailcep.livrable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.portailcep.signature.RoleSignataire;

/**
 * One version of a livrable: its content (the record its template renders, as JSON) and, once submitted, the exact
 * PDF bytes frozen with their SHA-256 and the signers expected. Changed only through its {@link Livrable}.
 */
@Entity
@Table(name = "version_livrable")
public class VersionLivrable {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "livrable_id")
    private Livrable livrable;

    @Column(nullable = false)
    private int numero;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String contenu;

    @Column(columnDefinition = "bytea")
    private byte[] pdf;

    private String empreinte;

    @Column(name = "creee_le", nullable = false)
    private Instant creeeLe;

    @Column(name = "soumise_le")
    private Instant soumiseLe;

    @Column(name = "soumise_par")
    private UUID soumisePar;

    @Column(nullable = false)
    private boolean annulee;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("role")
    private List<SignataireLivrable> signataires = new ArrayList<>();

    protected VersionLivrable() {
    }

    VersionLivrable(Livrable livrable, int numero, String contenu, Instant maintenant) {
        this.id = UUID.randomUUID();
        this.livrable = livrable;
        this.numero = numero;
        this.contenu = contenu;
        this.creeeLe = maintenant;
    }

    void changerContenu(String contenu) {
        this.contenu = contenu;
    }

    void soumettre(byte[] pdf, String empreinte, UUID conseiller, UUID compteBeneficiaire, Instant maintenant) {
        this.pdf = pdf.clone();
        this.empreinte = empreinte;
        this.soumiseLe = maintenant;
        this.soumisePar = conseiller;
        signataires.add(new SignataireLivrable(this, RoleSignataire.BENEFICIAIRE, compteBeneficiaire));
        signataires.add(new SignataireLivrable(this, RoleSignataire.CONSEILLER, conseiller));
    }

    void annuler() {
        this.annulee = true;
    }

    Optional<SignataireLivrable> signataire(RoleSignataire role) {
        return signataires.stream().filter(s -> s.role() == role).findFirst();
    }

    public UUID id() {
        return id;
    }

    public int numero() {
        return numero;
    }

    /** The content as JSON (see {@link ContenusLivrables}). */
    public String contenu() {
        return contenu;
    }

    /** The frozen PDF, once submitted. */
    public Optional<byte[]> pdf() {
        return Optional.ofNullable(pdf).map(byte[]::clone);
    }

    public Optional<String> empreinte() {
        return Optional.ofNullable(empreinte);
    }

    public Instant creeeLe() {
        return creeeLe;
    }

    public Optional<Instant> soumiseLe() {
        return Optional.ofNullable(soumiseLe);
    }

    public boolean soumise() {
        return soumiseLe != null;
    }

    /** The conseiller who submitted it (and co-signs it). */
    public Optional<UUID> soumisePar() {
        return Optional.ofNullable(soumisePar);
    }

    /** A later change cancelled its pending signatures. */
    public boolean annulee() {
        return annulee;
    }

    public List<SignataireLivrable> signataires() {
        return List.copyOf(signataires);
    }
}
