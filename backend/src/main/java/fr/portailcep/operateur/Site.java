package fr.portailcep.operateur;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A place where the operator receives people, with how to get there and its accessibility. */
@Entity
@Table(name = "site")
public class Site {

    @Id
    private UUID id;

    @Column(name = "operateur_code")
    private String operateurCode;

    private String nom;

    private String adresse;

    @Column(name = "code_postal")
    private String codePostal;

    private String commune;

    private String departement;

    private String telephone;

    /** How to get there (public transport, parking). */
    private String acces;

    /** Accessibility for people with a disability (step-free access, induction loop…). */
    private String accessibilite;

    private boolean actif = true;

    protected Site() {
    }

    public Site(Operateur operateur, String nom, String adresse, String codePostal, String commune,
            String departement, String telephone, String acces, String accessibilite) {
        this.id = UUID.randomUUID();
        this.operateurCode = operateur.code();
        this.nom = nom;
        this.adresse = adresse;
        this.codePostal = codePostal;
        this.commune = commune;
        this.departement = departement;
        this.telephone = telephone;
        this.acces = acces;
        this.accessibilite = accessibilite;
    }

    public UUID id() {
        return id;
    }

    public String nom() {
        return nom;
    }

    public String adresse() {
        return adresse;
    }

    public String codePostal() {
        return codePostal;
    }

    public String commune() {
        return commune;
    }

    /** "12 rue du Vieux-Marché-aux-Vins, 67000 Strasbourg". */
    public String adresseComplete() {
        return adresse + ", " + codePostal + " " + commune;
    }

    public String departement() {
        return departement;
    }

    public String telephone() {
        return telephone;
    }

    public String acces() {
        return acces;
    }

    public String accessibilite() {
        return accessibilite;
    }

    public boolean actif() {
        return actif;
    }
}
