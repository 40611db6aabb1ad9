package fr.portailcep.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** The demo mailbox reads back what went through its SMTP server: subject, text, HTML and attachments. */
class BoiteCourrielDemoTest {

    private final GreenMail serveur = new GreenMail(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @AfterEach
    void arreter() {
        serveur.stop();
    }

    @Test
    void montre_chaque_courriel_recu_du_plus_recent_au_plus_ancien() throws Exception {
        serveur.start();
        var expediteur = new JavaMailSenderImpl();
        expediteur.setHost("127.0.0.1");
        expediteur.setPort(serveur.getSmtp().getPort());
        for (var sujet : new String[] {"Premier", "Votre rendez-vous"}) {
            var message = expediteur.createMimeMessage();
            var aide = new MimeMessageHelper(message, true, "UTF-8");
            aide.setFrom("portail@exemple.fr");
            aide.setTo("camille@exemple.fr");
            aide.setSubject(sujet);
            aide.setText("Texte : médiateur", "<p>HTML : médiateur</p>");
            aide.addAttachment("rendez-vous.ics", new ByteArrayResource("BEGIN:VCALENDAR".getBytes()), "text/calendar");
            message.setSentDate(new java.util.Date(System.currentTimeMillis() + ("Premier".equals(sujet) ? 0 : 1000)));
            expediteur.send(message);
        }

        var boite = new BoiteCourrielDemo(serveur);
        var messages = boite.messages();
        assertThat(messages).extracting(BoiteCourrielDemo.Message::sujet).containsExactly("Votre rendez-vous", "Premier");
        var dernier = messages.getFirst();
        assertThat(dernier.destinataire()).isEqualTo("camille@exemple.fr");
        assertThat(dernier.texte()).contains("Texte : médiateur");
        assertThat(dernier.html()).contains("<p>HTML : médiateur</p>");
        assertThat(dernier.piecesJointes()).containsExactly("rendez-vous.ics");

        boite.vider();
        assertThat(boite.messages()).isEmpty();
    }
}
