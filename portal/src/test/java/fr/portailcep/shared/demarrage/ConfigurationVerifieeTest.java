package fr.portailcep.shared.demarrage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which configurations the portal refuses to start with, and what it says. */
class ConfigurationVerifieeTest {

    private static final String[] PRODUCTION_COMPLETE = {
            "portail.url-publique=https://cep.operateur.fr",
            "portail.webauthn.rp-id=cep.operateur.fr",
            "spring.mail.host=smtp.operateur.fr",
            "portail.courriel.cle=qC6yus6dvNRv01MAVaqSsgR16IWMsPchZ5PoIKEffIg=" };

    private final ApplicationContextRunner portail = new ApplicationContextRunner()
            .withUserConfiguration(ConfigurationVerifiee.class);

    private List<String> problemes(String... reglages) {
        var problemes = new java.util.ArrayList<String>();
        portail.withPropertyValues(reglages).run(contexte -> {
            if (contexte.getStartupFailure() != null) {
                assertThat(contexte.getStartupFailure()).isInstanceOf(ConfigurationIncomplete.class);
                problemes.addAll(((ConfigurationIncomplete) contexte.getStartupFailure()).problemes());
            }
        });
        return problemes;
    }

    @Test
    void hors_demo_sans_reglages_le_demarrage_echoue_en_disant_tout_ce_qui_manque_a_la_fois() {
        portail.run(contexte -> {
            assertThat(contexte).hasFailed();
            assertThat(contexte.getStartupFailure()).isInstanceOf(ConfigurationIncomplete.class)
                    .hasMessageStartingWith("Le portail ne démarre pas, sa configuration est incomplète :")
                    .hasMessageContaining("PORTAIL_URL_PUBLIQUE").hasMessageContaining("PORTAIL_WEBAUTHN_RP_ID")
                    .hasMessageContaining("SPRING_MAIL_HOST").hasMessageContaining("PORTAIL_CLE_COURRIELS");
        });
    }

    @Test
    void hors_demo_avec_l_adresse_le_domaine_et_le_relais_le_portail_demarre() {
        portail.withPropertyValues(PRODUCTION_COMPLETE).run(contexte -> assertThat(contexte).hasNotFailed());
    }

    @ParameterizedTest(name = "{0} vide : {1}")
    @CsvSource({
            "portail.url-publique, PORTAIL_URL_PUBLIQUE (portail.url-publique) manque",
            "portail.webauthn.rp-id, PORTAIL_WEBAUTHN_RP_ID (portail.webauthn.rp-id) manque",
            "spring.mail.host, SPRING_MAIL_HOST (spring.mail.host) manque",
            "portail.courriel.cle, PORTAIL_CLE_COURRIELS (portail.courriel.cle) manque" })
    void hors_demo_chaque_reglage_manquant_est_refuse_seul(String reglage, String message) {
        var reglages = java.util.Arrays.stream(PRODUCTION_COMPLETE)
                .map(r -> r.startsWith(reglage + "=") ? reglage + "=" : r).toArray(String[]::new);
        assertThat(problemes(reglages)).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith(message);
    }

    @ParameterizedTest(name = "{0} et {1} : {2}")
    @CsvSource({
            "https://cep.operateur.fr, cep.operateur.fr, accepté",
            "https://cep.operateur.fr, operateur.fr, accepté",
            "https://CEP.Operateur.fr/, operateur.FR, accepté",
            "https://cep.operateur.fr:8443, operateur.fr, accepté",
            "http://localhost:8080, localhost, accepté",
            "https://cep.operateur.fr, localhost, refusé",
            "https://cep.operateur.fr, autre-operateur.fr, refusé",
            "https://cep.operateur.fr, teur.fr, refusé",
            "https://operateur.fr, cep.operateur.fr, refusé",
            "http://cep.operateur.fr, cep.operateur.fr, refusé",
            "cep.operateur.fr, cep.operateur.fr, refusé",
            "ftp://cep.operateur.fr, cep.operateur.fr, refusé" })
    void le_domaine_des_cles_est_celui_de_l_adresse_publique_ou_un_parent_et_l_adresse_est_en_https(String url,
            String rpId, String attendu) {
        var problemes = problemes("portail.url-publique=" + url, "portail.webauthn.rp-id=" + rpId,
                "spring.mail.host=smtp.operateur.fr", "portail.courriel.cle=qC6yus6dvNRv01MAVaqSsgR16IWMsPchZ5PoIKEffIg=");
        if (attendu.equals("accepté")) {
            assertThat(problemes).isEmpty();
        } else {
            assertThat(problemes).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .containsAnyOf("PORTAIL_URL_PUBLIQUE = « " + url + " »", "PORTAIL_WEBAUTHN_RP_ID = « " + rpId + " »");
        }
    }

    @Test
    void la_demonstration_demarre_sans_reglage_sur_le_postgresql_embarque() {
        assertThat(problemes("spring.profiles.active=demo")).isEmpty();
    }

    @Test
    void la_demonstration_refuse_une_autre_base_sauf_si_on_le_dit() {
        assertThat(problemes("spring.profiles.active=demo", "spring.datasource.url=jdbc:postgresql://prod:5432/cep"))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("Le profil demo refuse la base donnée par SPRING_DATASOURCE_URL")
                .contains("PORTAIL_DEMO_BASE_EXTERNE=true").doesNotContain("prod:5432");
        assertThat(problemes("spring.profiles.active=demo", "spring.datasource.url=jdbc:postgresql://prod:5432/cep",
                "portail.demo.base-externe=true")).isEmpty();
    }

    @Test
    void le_message_sort_sans_pile_d_appels_avec_ce_qu_il_faut_faire() {
        portail.run(contexte -> {
            FailureAnalysis analyse = new AnalyseConfigurationIncomplete().analyze(contexte.getStartupFailure());
            assertThat(analyse).isNotNull();
            assertThat(analyse.getDescription()).contains("PORTAIL_URL_PUBLIQUE");
            assertThat(analyse.getAction()).contains("deploy/README.md");
        });
    }
}
