package fr.portailcep.parcours;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The annexe 2 profile of a person as typed by the conseiller: every field may stay empty (null) until it is
 * known. Codes come from the {@link Referentiels}.
 */
public record DonneesProfil(String sexe, LocalDate dateNaissance, String adresseVoie, String adresseCodePostal,
        String adresseCommune, String statutEmploi, String niveauFormation, String secteurNaf, String libelleSecteur,
        String libelleProfession, String tailleEntreprise, String categorieSociale, String entrepriseCodePostal,
        String entrepriseCommune, YearMonth entreeEntreprise, Boolean handicap) {

    /** Lengths of the free texts of {@code profil_beneficiaire} (V401): street, sector, job; towns. */
    public static final int LONGUEUR_LIBELLE = 200;
    public static final int LONGUEUR_COMMUNE = 100;

    public static final DonneesProfil VIDE = new DonneesProfil(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null);
}
