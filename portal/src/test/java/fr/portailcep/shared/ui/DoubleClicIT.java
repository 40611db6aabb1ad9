package fr.portailcep.shared.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * A double click on a button that sends a courriel sends it once: {@link Formulaire#soumettre} disables the button
 * while the server works, so the second click never reaches it; on an HTML-first form, the one-time token does it.
 */
class DoubleClicIT extends PortailIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void un_double_clic_sur_envoyer_le_code_n_envoie_qu_un_code() {
        var email = "double.clic@exemple.fr";
        var page = telephone();
        Pages.ouvrir(page, url("/inscription"));
        page.locator("#prenom input").fill("Dominique");
        page.locator("#email input").fill(email);

        page.locator("#envoyer-code").dblclick();
        Pages.attendreVaadin(page);

        assertThat(page.locator("#code-envoye")).isVisible();
        SmtpDeTest.attendre(email, 1);
        // Vaadin is idle: every click that reached the server was handled, and one courriel was stored.
        assertThat(courrielsDeposes(email)).isEqualTo(1);
        assertThat(SmtpDeTest.pour(email)).hasSize(1);
    }

    @Test
    void un_double_clic_sur_inviter_n_envoie_qu_une_invitation_et_ne_refuse_rien() {
        var manager = bureau();
        connecterDemo(manager, "nadia.benali");
        Pages.ouvrir(manager, url("/pilotage/equipe"));
        manager.waitForURL(Pattern.compile(".*/pilotage/equipe$"));
        var invitee = "double.clic@equipe.example";
        manager.locator("#invitation-email input").fill(invitee);
        manager.locator("#invitation-prenom input").fill("Dominique");
        manager.locator("#invitation-nom input").fill("Lefèvre");
        manager.locator("#invitation-sites").getByText("Reims – Gare").click();

        manager.locator("#inviter").dblclick();
        Pages.attendreVaadin(manager);

        assertThat(manager.locator("#membres li[data-email='" + invitee + "']")).containsText("Invitation en attente");
        // A second click handled with the emptied form would say "Indiquez l’adresse électronique" beside the field.
        assertThat(manager.locator("#invitation-email")).not().hasAttribute("invalid", "");
        assertThat(manager.locator("#invitation-prenom")).not().hasAttribute("invalid", "");
        SmtpDeTest.attendre(invitee, 1);
        assertThat(courrielsDeposes(invitee)).isEqualTo(1);
        assertThat(SmtpDeTest.pour(invitee)).hasSize(1);
        Pages.verifierPage(manager, "operateur/05-equipe-invitation-double-clic");
    }

    /**
     * The contact form of the booking is an HTML page (DD020): with JavaScript, pages.js sends it once; without, two
     * taps post it twice and its one-time token ({@code JetonsFormulaire}) books once, the second post led to the
     * same confirmation.
     */
    @Test
    void un_double_clic_sur_confirmer_le_rendez_vous_ne_reserve_qu_une_fois_avec_ou_sans_javascript() {
        horloge.regler(java.time.Instant.now());
        var avec = "double.clic.rdv@exemple.fr";
        var sans = "double.tap.rdv@exemple.fr";
        for (var essai : java.util.List.of(java.util.Map.entry(avec, telephone()), java.util.Map.entry(sans, sansJavaScript()))) {
            var page = essai.getValue();
            var email = essai.getKey();
            Pages.ouvrir(page, url(fr.portailcep.rendezvous.web.CreneauxDeTest.CHEMIN + "?vers=coordonnees"));
            page.locator("#prenom").fill("Dominique");
            page.locator("#nom").fill("Morel"); // not a name RechercheConseillerIT searches for (same team)
            page.locator("#email").fill(email);
            page.locator("#telephone").fill("06 12 34 56 78");
            if (email.equals(avec)) {
                page.locator("#confirmer").dblclick();
            } else {
                // Without JavaScript nothing stops a second tap (or Back then send): the same form posted twice.
                @SuppressWarnings("unchecked")
                var champs = (java.util.Map<String, String>) page.evaluate("""
                        () => { const r = {}; for (const e of document.querySelectorAll('main form input, main form textarea')) {
                          if (!e.name || (e.type === 'radio' && !e.checked)) continue; r[e.name] = e.value; } return r; }""");
                var formulaire = com.microsoft.playwright.options.FormData.create();
                champs.forEach(formulaire::set);
                for (var fois = 0; fois < 2; fois++) {
                    var reponse = page.request().post(url("/rendez-vous/coordonnees"),
                            com.microsoft.playwright.options.RequestOptions.create().setForm(formulaire).setMaxRedirects(0));
                    assertThat(reponse.status()).isEqualTo(302);
                    assertThat(reponse.headers().get("location")).endsWith("/rendez-vous/confirmation");
                }
                Pages.ouvrir(page, url("/rendez-vous/confirmation"));
            }
            page.waitForURL(Pattern.compile(".*/rendez-vous/confirmation$"));
            assertThat(page.locator("#confirmation")).isVisible();
            // No "form expired" nor any refusal on the way: the second post went where the first led.
            SmtpDeTest.attendre(email, 1);
            assertThat(rendezVous(email)).as(email).isEqualTo(1);
            assertThat(courrielsDeposes(email)).as(email).isEqualTo(1);
        }
    }

    private long rendezVous(String email) {
        return jdbc.sql("""
                select count(*) from rendez_vous r join beneficiaire b on b.id = r.beneficiaire_id
                where b.email = :email
                """).param("email", email).query(Long.class).single();
    }

    private long courrielsDeposes(String destinataire) {
        return jdbc.sql("select count(*) from courriel_sortant where destinataire = :email")
                .param("email", destinataire).query(Long.class).single();
    }
}
