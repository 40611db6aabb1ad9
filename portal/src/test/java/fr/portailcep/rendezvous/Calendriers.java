package fr.portailcep.rendezvous;

import java.io.ByteArrayOutputStream;
import java.util.regex.Pattern;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import fr.portailcep.test.SmtpDeTest;

/** What the rendez-vous courriels carry: the calendar file (.ics) and the personal link. */
final class Calendriers {

    private static final Pattern LIEN = Pattern.compile("(https?://[^\\s\"<>]+/rendez-vous/gerer/[A-Za-z0-9_.-]+)");

    private Calendriers() {
    }

    /** The text of the text/calendar part of a courriel. */
    static String ics(MimeMessage message) {
        try {
            var trouve = chercher(message);
            if (trouve == null) {
                throw new AssertionError("Pas de fichier de calendrier dans « " + SmtpDeTest.sujet(message) + " »");
            }
            return trouve.replace("\r\n ", "").replace("\n ", "");
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String chercher(Part partie) throws Exception {
        if (partie.isMimeType("text/calendar") || (partie.getFileName() != null
                && partie.getFileName().endsWith(".ics"))) {
            var sortie = new ByteArrayOutputStream();
            partie.getInputStream().transferTo(sortie);
            return sortie.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
        if (partie.getContent() instanceof Multipart multi) {
            for (var i = 0; i < multi.getCount(); i++) {
                var trouve = chercher(multi.getBodyPart(i));
                if (trouve != null) {
                    return trouve;
                }
            }
        }
        return null;
    }

    /** The personal link to move or cancel, from the courriel's text. */
    static String lienGestion(MimeMessage message) {
        var m = LIEN.matcher(SmtpDeTest.corps(message));
        if (!m.find()) {
            throw new AssertionError("Pas de lien de gestion dans « " + SmtpDeTest.sujet(message) + " »");
        }
        var lien = m.group(1);
        return lien.endsWith(".") ? lien.substring(0, lien.length() - 1) : lien;
    }

    static String champ(String ics, String nom) {
        var m = Pattern.compile("(?m)^" + nom + "[:;](.*)$").matcher(ics);
        if (!m.find()) {
            throw new AssertionError("Pas de " + nom + " dans le calendrier :\n" + ics);
        }
        return m.group(1).strip();
    }
}
