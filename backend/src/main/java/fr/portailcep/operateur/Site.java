package fr.portailcep.operateur;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.portailcep.shared.ActeRefuse;

/** A place where the operator receives people, with how to get there and its accessibility. */
@Entity
@Table(name = "site")
public class Site {

    /** What a manager may do to a site. */
    public enum Acte {
        /** Correct its name, address, phone, access and accessibility. */
        MODIFIER,
        /** Close it for a few whole days (no slot offered then). */
        FERMER,
        /** The operator leaves it: no new slot, not proposed; rendez-vous booked there stay. */
        DESACTIVER,
        /** Offer it again. */
        REACTIVER
    }

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

    /** A new site, from a valid fiche. */
    Site(Operateur operateur, FicheSite fiche) {
        this(operateur, fiche.nom(), fiche.adresse(), fiche.codePostal(), fiche.commune(), fiche.departement(),
                fiche.telephoneNormalise(), FicheSite.ouNull(fiche.acces()), FicheSite.ouNull(fiche.accessibilite()));
    }

    /** Address, phone and how to get there become those of a valid fiche (the département follows the postal code). */
    void modifier(FicheSite fiche) {
        if (!fiche.erreurs().isEmpty()) {
            throw new SitesService.SiteRefuse(fiche.erreurs());
        }
        this.nom = fiche.nom();
        this.adresse = fiche.adresse();
        this.codePostal = fiche.codePostal();
        this.commune = fiche.commune();
        this.departement = fiche.departement();
        this.telephone = fiche.telephoneNormalise();
        this.acces = FicheSite.ouNull(fiche.acces());
        this.accessibilite = FicheSite.ouNull(fiche.accessibilite());
    }

    /**
     * What can happen next to this site: an active site is corrected, closed for a few days or deactivated; an
     * inactive one is corrected or reactivated.
     */
    public Set<Acte> actesPossibles() {
        return actif ? EnumSet.of(Acte.MODIFIER, Acte.FERMER, Acte.DESACTIVER)
                : EnumSet.of(Acte.MODIFIER, Acte.REACTIVER);
    }

    public boolean permet(Acte acte) {
        return actesPossibles().contains(acte);
    }

    /** An inactive site offers no new slot and is not proposed; rendez-vous already booked there stay. */
    void desactiver() {
        exiger(Acte.DESACTIVER, "sites.refus.deja-inactif");
        actif = false;
    }

    void activer() {
        exiger(Acte.REACTIVER, "sites.refus.deja-actif");
        actif = true;
    }

    private void exiger(Acte acte, String cle) {
        if (!permet(acte)) {
            throw new ActeRefuse(cle, nom);
        }
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
