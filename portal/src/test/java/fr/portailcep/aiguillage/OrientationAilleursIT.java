package fr.portailcep.aiguillage;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.portailcep.parcours.NumeroDossier;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.PremierContact;

/**
 * Someone another operator fits better is told which one, with its contact, and may still continue here; the
 * aiguillage (UO0) is recorded with its annexe 2 data and a national dossier number either way.
 */
class OrientationAilleursIT extends PortailIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AiguillageService aiguillages;

    @Autowired
    ApplicationContext spring;

    @Test
    void une_cadre_du_prive_est_orientee_vers_l_apec_et_l_aiguillage_est_enregistre() {
        var avant = compter();
        var page = petitTelephone();
        Pages.ouvrir(page, url("/rendez-vous"));
        assertThat(Pages.estHtml(page)).as("les questions sont une page HTML d’abord").isTrue();
        PremierContact.salarieDuPrive(page, true, 1, 1, "51100"); // cadre, 26 à 49 ans, évoluer
        Pages.verifierPage(page, "rendezvous/10-aiguillage-questions");
        Pages.verifierSansDefilementHorizontal(page, "aiguillage");
        page.locator("#continuer").click();
        page.waitForURL(Pattern.compile(".*/rendez-vous/orientation/.*"));
        Pages.attendreVaadin(page);
        assertThat(page.locator("#orientation-principale")).containsText("Apec");
        assertThat(page.locator("#orientation-principale")).containsText("0 809 361 212");
        assertThat(page.locator("#orientation-principale a")).hasAttribute("href", "https://www.apec.fr");
        assertThat(page.locator("#numero-aiguillage")).isVisible();
        assertThat(page.locator("#poursuivre-ici")).isVisible();
        Pages.verifierPage(page, "rendezvous/11-orientation-apec");
        Pages.verifierSansDefilementHorizontal(page, "orientation");

        assertThat(compter()).isEqualTo(avant + 1);
        var id = java.util.UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1));
        var ligne = jdbc.sql("""
                select orientation_proposee, orientation_retenue, mode_contact, origine, motif, numero_dossier,
                       date_interaction, territoire from aiguillage where id = :id
                """).param("id", id).query().singleRow();
        assertThat(ligne.get("orientation_proposee")).isEqualTo("APEC");
        assertThat(ligne.get("orientation_retenue")).isEqualTo("APEC");
        assertThat(ligne.get("mode_contact")).isEqualTo("EN_LIGNE");
        assertThat(ligne.get("motif")).isEqualTo("EVOLUER");
        assertThat(ligne.get("date_interaction")).isNotNull();
        assertThat((String) ligne.get("numero_dossier")).startsWith("GE").hasSize(14);
        assertThat(page.locator("#numero-aiguillage"))
                .containsText(NumeroDossier.lire((String) ligne.get("numero_dossier")).affiche());
        assertThat(PremierContact.contextePose(page, spring)).as("aucun contexte avant le choix de rester ici")
                .isNull();

        // She may still choose to continue here: on to the slots, with the context of her request.
        page.locator("#poursuivre-ici").click();
        page.waitForURL(Pattern.compile(".*/rendez-vous/creneaux$"));
        assertThat(jdbc.sql("select poursuite from aiguillage where id = :id").param("id", id).query(Boolean.class)
                .single()).isTrue();
        var contexte = PremierContact.contextePose(page, spring);
        assertThat(contexte).as("contexte de la demande dans la session HTTP").isNotNull();
        assertThat(contexte.aiguillageId()).isEqualTo(id);
        assertThat(contexte.reference()).isEqualTo(ligne.get("numero_dossier"));
        assertThat(contexte.resume()).contains("Domicile 51100").contains("cadre");
    }

    @ParameterizedTest(name = "{0}, {1}, handicap {2}, {3} → {4}")
    @CsvSource({
            "SANS_EMPLOI, , false, DE_26_A_49, NON, FRANCE_TRAVAIL",
            "SALARIE, PUBLIC, false, DE_26_A_49, NON, EMPLOYEUR_PUBLIC",
            "SALARIE, PRIVE, true, DE_26_A_49, NON, CAP_EMPLOI",
            "INDEPENDANT, , false, MOINS_DE_26, NON, MISSION_LOCALE",
            "SALARIE, PRIVE, false, DE_26_A_49, OUI, OPERATEUR_CEP_ACTUEL",
            "SALARIE, PRIVE, false, PLUS_DE_50, NON, RENDEZ_VOUS_CEP",
    })
    void chaque_orientation_est_enregistree_avec_les_donnees_de_l_annexe_2(Situation situation, Employeur employeur,
            boolean handicap, TrancheAge age, DejaSuivi dejaSuivi, Orientation attendue) {
        var avant = compter();
        var reponses = new Reponses(situation, employeur, employeur == Employeur.PRIVE ? Boolean.FALSE : null,
                dejaSuivi, handicap, age, "67000", null, Motif.SE_FORMER, OrigineDemarche.INDIVIDUELLE);
        var resultat = aiguillages.enregistrer(reponses, ModeContact.EN_LIGNE, null);
        assertThat(resultat.conseil().principale()).isEqualTo(attendue);
        assertThat(compter()).isEqualTo(avant + 1);
        var enregistre = aiguillages.parId(resultat.aiguillage().id()).orElseThrow();
        assertThat(enregistre.orientationProposee()).isEqualTo(attendue);
        assertThat(enregistre.motif()).isEqualTo(Motif.SE_FORMER);
        assertThat(enregistre.modeContact()).isEqualTo(ModeContact.EN_LIGNE);
        assertThat(enregistre.origine()).isEqualTo(OrigineDemarche.INDIVIDUELLE);
        assertThat(enregistre.numeroDossier()).isNotBlank();
        assertThat(enregistre.dateInteraction()).isNotNull();
    }

    private long compter() {
        return jdbc.sql("select count(*) from aiguillage").query(Long.class).single();
    }
}
