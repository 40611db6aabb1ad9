package fr.portailcep.livrable;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;

import fr.portailcep.test.Pages;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** What the end-to-end tests of the livrables share: the dossier's tab, the unit's state, the PDF of a courriel. */
final class LivrablesDeTest {

    private LivrablesDeTest() {
    }

    /** "STATUT MOTIF" of the person's UO1, read from the table ("EN_COURS null" while open). */
    static String uo1(JdbcClient jdbc, UUID beneficiaire) {
        return jdbc.sql("""
                select u.statut, u.motif_cloture from unite_oeuvre_engagee u join dossier d on d.id = u.dossier_id
                where d.beneficiaire_id = :id and u.uo = 'UO1'""").param("id", beneficiaire)
                .query((rs, i) -> rs.getString(1) + " " + rs.getString(2)).single();
    }

    /** Opens the "Livrables" tab of a dossier, at the address of the dossier. */
    static void ouvrirOnglet(Page page, String adresseDossier) {
        Pages.ouvrir(page, adresseDossier);
        page.locator("#onglet-livrables").click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#livrables")).isVisible();
    }

    /** The PDF attached to a courriel, wherever it sits in the multipart tree. */
    static byte[] pdfJoint(MimeMessage courriel) throws IOException {
        try {
            var trouve = pdfDans(courriel.getContent());
            assertThat(trouve).as("un PDF joint au courriel").isNotNull();
            return trouve;
        } catch (MessagingException e) {
            throw new IOException(e);
        }
    }

    private static byte[] pdfDans(Object contenu) throws MessagingException, IOException {
        if (contenu instanceof Multipart parties) {
            for (var i = 0; i < parties.getCount(); i++) {
                var partie = parties.getBodyPart(i);
                if (partie.isMimeType("application/pdf")) {
                    return partie.getInputStream().readAllBytes();
                }
                var dedans = pdfDans(partie.getContent());
                if (dedans != null) {
                    return dedans;
                }
            }
        }
        return null;
    }
}
