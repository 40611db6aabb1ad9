package fr.portailcep.parcours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The annexe 2 profile: what it refuses (each refusal names its field) and which fields each unit requires. */
class ProfilBeneficiaireTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 23);
    private static final Instant MAINTENANT = Instant.parse("2026-11-23T09:00:00Z");

    @ParameterizedTest(name = "sexe {0}, né(e) le {1}, CP {2} / {3} : {4}")
    @CsvSource(delimiter = '|', textBlock = """
            F  | 1988-04-12 | 67000  | 67100 | ok
            M  |            |        |       | ok
               | 2026-11-22 | 67000  |       | ok
            X  | 1988-04-12 | 67000  |       | sexe
            F  | 2026-11-23 | 67000  |       | dateNaissance
            F  | 2027-01-01 |        |       | dateNaissance
            F  | 1899-12-31 |        |       | dateNaissance
            F  | 1988-04-12 | 6700   |       | adresseCodePostal
            F  | 1988-04-12 | 67000  | 67A00 | entrepriseCodePostal
            """)
    void le_profil_refuse_une_valeur_impossible_a_cote_de_son_champ(String sexe, LocalDate naissance, String cp,
            String cpEntreprise, String attendu) {
        var profil = new ProfilBeneficiaire(UUID.randomUUID());
        var donnees = new DonneesProfil(sexe, naissance, null, cp, null, null, null, null, null, null, null, null,
                cpEntreprise, null, null, null);
        if (attendu.equals("ok")) {
            profil.modifier(donnees, UUID.randomUUID(), AUJOURDHUI, MAINTENANT);
            assertThat(profil.donnees().dateNaissance()).isEqualTo(naissance);
        } else {
            assertThatThrownBy(() -> profil.modifier(donnees, UUID.randomUUID(), AUJOURDHUI, MAINTENANT))
                    .isInstanceOfSatisfying(OperationRefusee.class, e -> assertThat(e.champ()).contains(attendu));
            assertThat(profil.modifieLe()).isNull();
        }
    }

    @ParameterizedTest(name = "{0} : {1}")
    @CsvSource(delimiter = '|', textBlock = """
            UO0   | DATE_NAISSANCE STATUT_EMPLOI
            UO1   | DATE_NAISSANCE STATUT_EMPLOI SEXE ADRESSE NIVEAU_FORMATION SECTEUR_NAF LIBELLE_SECTEUR LIBELLE_PROFESSION TAILLE_ENTREPRISE CATEGORIE_SOCIALE ENTREE_ENTREPRISE
            UO2_2 | DATE_NAISSANCE STATUT_EMPLOI SEXE ADRESSE NIVEAU_FORMATION SECTEUR_NAF LIBELLE_SECTEUR LIBELLE_PROFESSION TAILLE_ENTREPRISE CATEGORIE_SOCIALE ENTREE_ENTREPRISE
            """)
    void chaque_unite_demande_ses_champs(UniteOeuvre uo, String champs) {
        assertThat(ProfilBeneficiaire.manquants(DonneesProfil.VIDE, uo)).extracting(Enum::name)
                .containsExactly(champs.split(" "));
    }
}
