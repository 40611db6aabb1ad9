package fr.portailcep.parcours;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.portailcep.beneficiaire.PersonneTrouvee;
import fr.portailcep.test.PortailIT;

/**
 * The conseiller's search (one indexed query, DD013): accents and case ignored on both sides, the address searched
 * too, the LIKE metacharacters taken as themselves, and only the people the conseiller may see.
 */
class RechercheConseillerIT extends PortailIT {

    @Autowired
    ApplicationContext contexte;

    @Autowired
    SuiviConseiller suivi;

    @Autowired
    JdbcClient jdbc;

    private Personnes personnes;
    private static UUID helene;
    private static UUID pourcent;
    private static UUID souligne;

    @BeforeEach
    void personnes() {
        personnes = new Personnes(contexte);
        if (helene == null) {
            // Opened at Strasbourg: Julien's team sees them, Sophie (Reims) does not.
            helene = personnes.nouveauBeneficiaire("recherche.hlne", "Hélène", "Lefèvre-Çağlarqué");
            pourcent = personnes.nouveauBeneficiaire("recherche.100pourcent", "Cent", "Pour%Cent");
            souligne = personnes.nouveauBeneficiaire("recherche.sous_ligne", "Sous", "Ligne_Basse");
        }
    }

    private List<UUID> cherche(String qui, String texte) {
        return personnes.enTantQue(qui, () -> suivi.rechercher(texte)).stream().map(PersonneTrouvee::id).toList();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Hélène
            helene
            HELENE
            hÉlÈnE
            lefevre-cag
            LEFÈVRE
            helene lefevre
            çağlarqué
            CAGLARQUE
            recherche.hlne@demo
            RECHERCHE.HLNE
            """)
    void accents_et_casse_sont_ignores_des_deux_cotes_et_l_adresse_compte(String texte) {
        assertThat(cherche("julien.weber", texte)).containsExactly(helene);
    }

    @Test
    void une_personne_d_un_autre_site_n_est_pas_trouvee() {
        assertThat(cherche("sophie.lambert", "helene lefevre")).isEmpty();
        assertThat(cherche("amina.keita", "helene lefevre")).containsExactly(helene);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # what is typed, who must be found (pourcent, souligne or nobody)
            'r%c',      pourcent
            'pour%cent',pourcent
            '%',        ''
            '%%',       ''
            'pour%ent', ''
            'ne_b',     souligne
            '__',       ''
            'sous_ligne_', ''
            'ligne_',   souligne
            '\\',       ''
            """)
    void les_caracteres_du_like_sont_cherches_tels_quels(String texte, String attendu) {
        var trouves = cherche("julien.weber", texte);
        switch (attendu == null ? "" : attendu) {
            case "pourcent" -> assertThat(trouves).containsExactly(pourcent);
            case "souligne" -> assertThat(trouves).containsExactly(souligne);
            default -> assertThat(trouves).doesNotContain(pourcent, souligne, helene);
        }
    }

    @Test
    void moins_de_deux_lettres_ne_cherche_rien() {
        assertThat(cherche("julien.weber", "h")).isEmpty();
        assertThat(cherche("julien.weber", "  ")).isEmpty();
    }

    @Test
    void la_colonne_normalisee_suit_un_changement_de_nom() {
        jdbc.sql("update beneficiaire set nom = 'Émeraude' where id = :id").param("id", souligne).update();
        try {
            assertThat(cherche("julien.weber", "emeraude")).containsExactly(souligne);
            assertThat(cherche("julien.weber", "ligne_basse")).isEmpty();
        } finally {
            jdbc.sql("update beneficiaire set nom = 'Ligne_Basse' where id = :id").param("id", souligne).update();
        }
    }
}
