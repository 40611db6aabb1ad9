package fr.portailcep.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

/**
 * The mailbox of the demo: every courriel the portal sends lands in an SMTP server inside the application
 * (GreenMail), and a demo-only page shows it, like Mailpit or letter_opener.
 */
public class BoiteCourrielDemo {

    public record Message(String id, Instant recuLe, String destinataire, String sujet, String texte, String html,
            List<String> piecesJointes) {
    }

    private final GreenMail serveur;

    BoiteCourrielDemo(GreenMail serveur) {
        this.serveur = serveur;
    }

    public int port() {
        return serveur.getSmtp().getPort();
    }

    /** Newest first. */
    public List<Message> messages() {
        return Arrays.stream(serveur.getReceivedMessages())
                .map(BoiteCourrielDemo::lire)
                .sorted(Comparator.comparing(Message::recuLe).reversed())
                .toList();
    }

    public void vider() {
        try {
            serveur.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Message lire(MimeMessage message) {
        try {
            var parties = new Parties();
            parties.lire(message);
            var date = message.getSentDate() == null ? Instant.EPOCH : message.getSentDate().toInstant();
            var id = message.getHeader("X-Portail-Courriel", null);
            return new Message(id == null ? message.getMessageID() : id, date,
                    String.join(", ", Arrays.stream(message.getAllRecipients()).map(Object::toString).toList()),
                    message.getSubject(), parties.texte, parties.html, parties.piecesJointes);
        } catch (Exception e) {
            throw new IllegalStateException("Courriel illisible", e);
        }
    }

    private static final class Parties {
        String texte = "";
        String html = "";
        final List<String> piecesJointes = new ArrayList<>();

        void lire(Part partie) throws Exception {
            if (Part.ATTACHMENT.equalsIgnoreCase(partie.getDisposition()) || partie.getFileName() != null) {
                piecesJointes.add(partie.getFileName());
            } else if (partie.isMimeType("text/plain")) {
                texte = (String) partie.getContent();
            } else if (partie.isMimeType("text/html")) {
                html = (String) partie.getContent();
            } else if (partie.isMimeType("multipart/*")) {
                var multi = (Multipart) partie.getContent();
                for (var i = 0; i < multi.getCount(); i++) {
                    lire(multi.getBodyPart(i));
                }
            }
        }
    }
}
