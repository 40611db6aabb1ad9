package fr.portailcep.compte;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may sign in with a code or link received by email. */
class AccesParCourrielTest {

    @ParameterizedTest(name = "{0}, actif : {1}, clé d’accès : {2} → {3}")
    @CsvSource({
            "BENEFICIAIRE, true, false, OUVERT",
            "BENEFICIAIRE, true, true, OUVERT",
            "CONSEILLER, true, false, OUVERT",
            "CONSEILLER, true, true, CLE_ACCES_SEULEMENT",
            "MANAGER, true, true, CLE_ACCES_SEULEMENT",
            "MEDIATEUR, true, true, CLE_ACCES_SEULEMENT",
            "MEDIATEUR, true, false, OUVERT",
            "BENEFICIAIRE, false, false, COMPTE_DESACTIVE",
            "CONSEILLER, false, false, COMPTE_DESACTIVE",
            "MANAGER, false, true, COMPTE_DESACTIVE",
    })
    void selon_le_compte(Role role, boolean actif, boolean cle, AccesParCourriel attendu) {
        var compte = new Compte(new AdresseCourriel("camille@exemple.fr"), role, "Camille", null, Instant.EPOCH);
        if (!actif) {
            compte.desactiver();
        }
        assertThat(AccesParCourriel.pour(Optional.of(compte), cle)).isEqualTo(attendu);
    }

    @ParameterizedTest
    @CsvSource({"false", "true"})
    void une_adresse_sans_compte_peut_creer_le_sien(boolean cle) {
        assertThat(AccesParCourriel.pour(Optional.empty(), cle)).isEqualTo(AccesParCourriel.OUVERT);
    }
}
