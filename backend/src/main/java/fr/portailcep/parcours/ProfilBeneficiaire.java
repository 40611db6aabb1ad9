package fr.portailcep.parcours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.portailcep.shared.Saisies;

/**
 * The annexe 2 profile of a bénéficiaire (status, education level, sector, company size, socio-professional
 * category, address, employer's postcode…), one per person, filled progressively by the conseiller. Kept apart
 * from the person's identity so that the identity stays small. No NIR.
 */
@Entity
@Table(name = "profil_beneficiaire")
public class ProfilBeneficiaire {

    @Id
    @Column(name = "beneficiaire_id")
    private UUID beneficiaireId;

    private String sexe;

    @Column(name = "date_naissance")
    private LocalDate dateNaissance;

    @Column(name = "adresse_voie")
    private String adresseVoie;

    @Column(name = "adresse_code_postal")
    private String adresseCodePostal;

    @Column(name = "adresse_commune")
    private String adresseCommune;

    @Column(name = "statut_emploi")
    private String statutEmploi;

    @Column(name = "niveau_formation")
    private String niveauFormation;

    @Column(name = "secteur_naf")
    private String secteurNaf;

    @Column(name = "libelle_secteur")
    private String libelleSecteur;

    @Column(name = "libelle_profession")
    private String libelleProfession;

    @Column(name = "taille_entreprise")
    private String tailleEntreprise;

    @Column(name = "categorie_sociale")
    private String categorieSociale;

    @Column(name = "entreprise_code_postal")
    private String entrepriseCodePostal;

    @Column(name = "entreprise_commune")
    private String entrepriseCommune;

    @Column(name = "entree_entreprise")
    private LocalDate entreeEntreprise;

    private Boolean handicap;

    @Column(name = "modifie_le", nullable = false)
    private Instant modifieLe;

    @Column(name = "modifie_par")
    private UUID modifiePar;

    @Version
    private Long version;

    protected ProfilBeneficiaire() {
    }

    ProfilBeneficiaire(UUID beneficiaireId) {
        this.beneficiaireId = beneficiaireId;
    }

    /**
     * Saves what the conseiller typed. The sex is F or M; a birth date is in the past (after 1900); a postcode has
     * five digits. Each refusal names its field.
     */
    void modifier(DonneesProfil d, UUID auteur, LocalDate aujourdhui, Instant maintenant) {
        verifier(d, aujourdhui);
        sexe = vide(d.sexe());
        dateNaissance = d.dateNaissance();
        adresseVoie = vide(d.adresseVoie());
        adresseCodePostal = vide(d.adresseCodePostal());
        adresseCommune = vide(d.adresseCommune());
        statutEmploi = vide(d.statutEmploi());
        niveauFormation = vide(d.niveauFormation());
        secteurNaf = vide(d.secteurNaf());
        libelleSecteur = vide(d.libelleSecteur());
        libelleProfession = vide(d.libelleProfession());
        tailleEntreprise = vide(d.tailleEntreprise());
        categorieSociale = vide(d.categorieSociale());
        entrepriseCodePostal = vide(d.entrepriseCodePostal());
        entrepriseCommune = vide(d.entrepriseCommune());
        entreeEntreprise = d.entreeEntreprise() == null ? null : d.entreeEntreprise().atDay(1);
        handicap = d.handicap();
        modifiePar = auteur;
        modifieLe = maintenant;
    }

    private static void verifier(DonneesProfil d, LocalDate aujourdhui) {
        if (d.sexe() != null && !d.sexe().isBlank() && !d.sexe().matches("[FM]")) {
            throw OperationRefusee.surLeChamp("sexe", "profil.refus.sexe");
        }
        if (d.dateNaissance() != null && !naissancePossible(aujourdhui).contient(d.dateNaissance())) {
            throw OperationRefusee.surLeChamp("dateNaissance", "profil.refus.naissance");
        }
        for (var champ : new String[] {"adresseCodePostal", "entrepriseCodePostal"}) {
            var cp = champ.equals("adresseCodePostal") ? d.adresseCodePostal() : d.entrepriseCodePostal();
            if (cp != null && !cp.isBlank() && !cp.strip().matches("\\d{5}")) {
                throw OperationRefusee.surLeChamp(champ, "profil.refus.codepostal");
            }
        }
    }

    /** The days a birth date may take: from 1900 to yesterday. */
    public static Bornes naissancePossible(LocalDate aujourdhui) {
        return new Bornes(LocalDate.of(1900, 1, 1), aujourdhui.minusDays(1));
    }

    private static String vide(String s) {
        return Saisies.ouNull(Saisies.nettoyer(s, Saisies.Forme.UNE_LIGNE));
    }

    public UUID beneficiaireId() {
        return beneficiaireId;
    }

    public DonneesProfil donnees() {
        return new DonneesProfil(sexe, dateNaissance, adresseVoie, adresseCodePostal, adresseCommune, statutEmploi,
                niveauFormation, secteurNaf, libelleSecteur, libelleProfession, tailleEntreprise, categorieSociale,
                entrepriseCodePostal, entrepriseCommune,
                entreeEntreprise == null ? null : YearMonth.from(entreeEntreprise), handicap);
    }

    public Instant modifieLe() {
        return modifieLe;
    }

    /** The fields annexe 2 requires in this unit of work and that are still empty. */
    public static List<ChampProfil> manquants(DonneesProfil d, UniteOeuvre uo) {
        var manquants = new ArrayList<ChampProfil>();
        for (var champ : ChampProfil.values()) {
            if (champ.requisPour(uo) && !rempli(d, champ)) {
                manquants.add(champ);
            }
        }
        return manquants;
    }

    private static boolean rempli(DonneesProfil d, ChampProfil champ) {
        return switch (champ) {
            case DATE_NAISSANCE -> d.dateNaissance() != null;
            case STATUT_EMPLOI -> d.statutEmploi() != null;
            case SEXE -> d.sexe() != null;
            case ADRESSE -> d.adresseVoie() != null && d.adresseCodePostal() != null && d.adresseCommune() != null;
            case NIVEAU_FORMATION -> d.niveauFormation() != null;
            case SECTEUR_NAF -> d.secteurNaf() != null;
            case LIBELLE_SECTEUR -> d.libelleSecteur() != null;
            case LIBELLE_PROFESSION -> d.libelleProfession() != null;
            case TAILLE_ENTREPRISE -> d.tailleEntreprise() != null;
            case CATEGORIE_SOCIALE -> d.categorieSociale() != null;
            case ENTREE_ENTREPRISE -> d.entreeEntreprise() != null;
            case ENTREPRISE -> d.entrepriseCodePostal() != null;
            case HANDICAP -> d.handicap() != null;
        };
    }
}
