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

    public static final DonneesProfil VIDE = new DonneesProfil(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null);
}
