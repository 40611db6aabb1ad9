package fr.portailcep.operateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FicheSiteTest {

    private static FicheSite fiche(String nom, String adresse, String codePostal, String commune, String telephone) {
        return new FicheSite(nom, adresse, codePostal, commune, telephone, null, null);
    }

    @Test
    void une_fiche_complete_passe_nettoyee_avec_son_departement_et_son_telephone_normalise() {
        var fiche = new FicheSite(" Metz – Gare ", "3 place du Général-de-Gaulle", "57 000", "Metz", "0387123456",
                "Tram A, arrêt Gare", " ");
        assertThat(fiche.erreurs()).isEmpty();
        assertThat(fiche.nom()).isEqualTo("Metz – Gare");
        assertThat(fiche.codePostal()).isEqualTo("57000");
        assertThat(fiche.departement()).isEqualTo("57");
        assertThat(fiche.telephoneNormalise()).isEqualTo("03 87 12 34 56");
        assertThat(FicheSite.ouNull(fiche.accessibilite())).isNull();
    }

    @ParameterizedTest(name = "{0} / {1} / {2} / {3} / {4} → {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Reims|1 rue Clovis|51100|Reims|-                  |-",
            "Reims|1 rue Clovis|51100|Reims|03 26 12 34 56     |-",
            "Reims|1 rue Clovis|51100|Reims|+33 3 26 12 34 56  |-",
            "-    |1 rue Clovis|51100|Reims|-                  |nom=sites.erreur.nom.vide",
            "' '  |1 rue Clovis|51100|Reims|-                  |nom=sites.erreur.nom.vide",
            "Reims|-           |51100|Reims|-                  |adresse=sites.erreur.adresse.vide",
            "Reims|1 rue Clovis|-    |Reims|-                  |codePostal=sites.erreur.codePostal.vide",
            "Reims|1 rue Clovis|5110 |Reims|-                  |codePostal=sites.erreur.codePostal.format",
            "Reims|1 rue Clovis|511000|Reims|-                 |codePostal=sites.erreur.codePostal.format",
            "Reims|1 rue Clovis|51A00|Reims|-                  |codePostal=sites.erreur.codePostal.format",
            "Reims|1 rue Clovis|00100|Reims|-                  |codePostal=sites.erreur.codePostal.inconnu",
            "Reims|1 rue Clovis|98000|Reims|-                  |codePostal=sites.erreur.codePostal.inconnu",
            "Reims|1 rue Clovis|51100|-    |-                  |commune=sites.erreur.commune.vide",
            "Reims|1 rue Clovis|51100|Reims|12                 |telephone=sites.erreur.telephone",
            "Reims|1 rue Clovis|51100|Reims|03 26 12           |telephone=sites.erreur.telephone",
            "Reims|1 rue Clovis|51100|Reims|pas de numéro      |telephone=sites.erreur.telephone",
    })
    void chaque_champ_refuse_dit_pourquoi(String nom, String adresse, String codePostal, String commune,
            String telephone, String attendu) {
        var erreurs = fiche(nom, adresse, codePostal, commune, telephone).erreurs();
        if (attendu == null) {
            assertThat(erreurs).isEmpty();
        } else {
            var morceaux = attendu.split("=");
            assertThat(erreurs).isEqualTo(Map.of(morceaux[0], morceaux[1]));
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", value = {
            "67000, 67", "51100, 51", "01000, 01", "95000, 95",
            "20000, 2A", "20090, 2A", "20199, 2A", "20200, 2B", "20600, 2B", "20699, 2B", "20700, -",
            "97100, 971", "97200, 972", "97300, 973", "97400, 974", "97500, 975", "97600, 976", "97700, -",
            "97800, -", "98000, -", "96000, -", "00000, -", "6700, -",
    })
    void le_departement_vient_du_code_postal(String codePostal, String departement) {
        assertThat(FicheSite.departementDe(codePostal).orElse(null)).isEqualTo(departement);
    }

    @Test
    void les_longueurs_sont_celles_des_colonnes() {
        var fiche = new FicheSite("N".repeat(201), "A".repeat(301), "67000", "C".repeat(101), null,
                "x".repeat(2001), "y".repeat(2001));
        assertThat(fiche.erreurs())
                .containsEntry("nom", "sites.erreur.trop-long.200")
                .containsEntry("adresse", "sites.erreur.trop-long.300")
                .containsEntry("commune", "sites.erreur.trop-long.100")
                .containsEntry("acces", "sites.erreur.trop-long.texte")
                .containsEntry("accessibilite", "sites.erreur.trop-long.texte");
        assertThat(new FicheSite("N".repeat(200), "A".repeat(300), "67000", "C".repeat(100), null,
                "x".repeat(2000), null).erreurs()).isEmpty();
    }

    @Test
    void un_caractere_de_controle_est_refuse_et_le_texte_est_compose_en_forme_normale() {
        var fiche = new FicheSite("Metz\u0000", "Rue\u202E", "57000", "Metz\nGare", null, "Tram A\r\nBus 5",
                "Entrée\u0007");
        assertThat(fiche.erreurs())
                .containsEntry("nom", "saisie.erreur.caractere")
                .containsEntry("adresse", "saisie.erreur.caractere")
                .containsEntry("commune", "saisie.erreur.ligne")
                .containsEntry("accessibilite", "saisie.erreur.caractere")
                .doesNotContainKey("acces");
        assertThat(fiche.acces()).isEqualTo("Tram A\nBus 5");
        // "é" typed as e + accent: composed, one character as in the database.
        assertThat(new FicheSite("Ge\u0301rardmer", "1 rue", "88400", "Ge\u0301rardmer", null, null, null).nom())
                .isEqualTo("Gérardmer");
    }
}
