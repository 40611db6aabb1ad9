package fr.portailcep.parcours;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * An organisation of the region that delivers complementary services (bilan de compétences, VAE, business creation
 * support…). The operator's own entities are flagged: the person is told, and chooses freely.
 */
@Entity
@Table(name = "organisme")
public class Organisme {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String nom;

    private String adresse;

    @Column(name = "code_postal")
    private String codePostal;

    @Column(nullable = false)
    private String commune;

    private String telephone;

    @Column(name = "site_web")
    private String siteWeb;

    @Column(name = "propre_operateur", nullable = false)
    private boolean propreOperateur;

    @Column(nullable = false)
    private boolean actif = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisme_prestation", joinColumns = @JoinColumn(name = "organisme_id"))
    @Column(name = "prestation_code")
    private Set<String> prestations = new TreeSet<>();

    protected Organisme() {
    }

    public Organisme(String nom, String adresse, String codePostal, String commune, String telephone, String siteWeb,
            boolean propreOperateur, Set<String> prestations) {
        this.id = UUID.randomUUID();
        this.nom = nom;
        this.adresse = adresse;
        this.codePostal = codePostal;
        this.commune = commune;
        this.telephone = telephone;
        this.siteWeb = siteWeb;
        this.propreOperateur = propreOperateur;
        this.prestations = new TreeSet<>(prestations);
    }

    public boolean delivre(String prestationCode) {
        return actif && prestations.contains(prestationCode);
    }

    public UUID id() {
        return id;
    }

    public String nom() {
        return nom;
    }

    public Optional<String> adresse() {
        return Optional.ofNullable(adresse);
    }

    public Optional<String> codePostal() {
        return Optional.ofNullable(codePostal);
    }

    public String commune() {
        return commune;
    }

    public Optional<String> telephone() {
        return Optional.ofNullable(telephone);
    }

    public Optional<String> siteWeb() {
        return Optional.ofNullable(siteWeb);
    }

    /** One of the operator's own entities ("auto-prescription" in annexe 2). */
    public boolean propreOperateur() {
        return propreOperateur;
    }

    public Set<String> prestations() {
        return Set.copyOf(prestations);
    }
}
