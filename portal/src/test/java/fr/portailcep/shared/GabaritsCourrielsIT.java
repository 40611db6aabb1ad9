package fr.portailcep.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.portailcep.shared.courriel.Courriel;
import fr.portailcep.shared.courriel.Courrier;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/**
 * A courriel as the mail server receives it, rendered from the templates (DD012): one multipart/alternative with a
 * plain-text part and an HTML part, both with the médiateur de France compétences, what a person typed escaped in
 * the HTML only.
 */
class GabaritsCourrielsIT extends PortailIT {

    @Autowired
    Courrier courrier;

    @Test
    void le_courriel_recu_a_une_partie_texte_et_une_partie_html_dans_un_multipart_alternative() throws Exception {
        var email = "gabarits.alternative@exemple.fr";
        var tape = "Inès <script>alert(1)</script>";
        courrier.deposer(Courriel.a(email).sujet("Votre message").salutation("Bonjour,")
                .paragraphe("Vous avez écrit : " + tape).bouton("Ouvrir", "https://exemple.fr/?a=1&b=2")
                .pieceJointe("note.txt", "text/plain; charset=UTF-8", "note".getBytes()));
        var message = SmtpDeTest.attendre(email, 1);

        var alternatives = new ArrayList<Part>();
        chercherAlternatives(message, alternatives);
        assertThat(alternatives).hasSize(1);
        var parties = (Multipart) alternatives.getFirst().getContent();
        assertThat(parties.getCount()).isEqualTo(2);
        BodyPart texte = parties.getBodyPart(0);
        BodyPart html = parties.getBodyPart(1);
        assertThat(texte.isMimeType("text/plain")).isTrue();
        assertThat(html.isMimeType("text/html")).isTrue();
        assertThat((String) texte.getContent()).contains("Vous avez écrit : " + tape)
                .contains("Ouvrir : https://exemple.fr/?a=1&b=2").contains("médiateur de France compétences");
        assertThat((String) html.getContent()).contains("Inès &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>").contains("https://exemple.fr/?a=1&amp;b=2")
                .contains("médiateur de France compétences").contains("<html lang=\"fr\">");
    }

    private static void chercherAlternatives(Part partie, List<Part> trouvees) throws Exception {
        if (partie.isMimeType("multipart/alternative")) {
            trouvees.add(partie);
        } else if (partie.isMimeType("multipart/*")) {
            var multi = (Multipart) partie.getContent();
            for (var i = 0; i < multi.getCount(); i++) {
                chercherAlternatives(multi.getBodyPart(i), trouvees);
            }
        }
    }
}
