package fr.portailcep.test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;

import fr.portailcep.shared.TextesDeTest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One real SMTP server (GreenMail) for the whole test run, on a free port, so that test classes share one Spring
 * context and two builds on the same machine do not collide.
 */
public final class SmtpDeTest {

    private static volatile GreenMail SERVEUR;
    private static final int PORT;

    static {
        SERVEUR = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        SERVEUR.start();
        PORT = SERVEUR.getSmtp().getPort();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> SERVEUR.stop()));
    }

    private SmtpDeTest() {
    }

    public static GreenMail serveur() {
        return SERVEUR;
    }

    public static int port() {
        return PORT;
    }

    /**
     * Simulates an outage: the port refuses connections until {@link #redemarrer()}. The courriels received before
     * are forgotten (a new server starts on the same port).
     */
    public static synchronized void arreter() {
        if (SERVEUR.isRunning()) {
            SERVEUR.stop();
        }
    }

    /** Ends an outage; does nothing when the server runs. */
    public static synchronized void redemarrer() {
        if (!SERVEUR.isRunning()) {
            SERVEUR = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            SERVEUR.start();
        }
    }

    public static List<MimeMessage> pour(String destinataire) {
        return Arrays.stream(SERVEUR.getReceivedMessages()).filter(m -> destinataireDe(m).equalsIgnoreCase(destinataire))
                .toList();
    }

    /**
     * Waits for the {@code rang}-th courriel (1 = first) to this address. Like every courriel a test waits for, it
     * must name the médiateur de France compétences in its text and in its HTML ({@link #exigerLeMediateur}).
     */
    public static MimeMessage attendre(String destinataire, int rang) {
        return exigerLeMediateur(Awaitility.await("courriel n°" + rang + " pour " + destinataire)
                .atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> pour(destinataire), recus -> recus.size() >= rang).get(rang - 1));
    }

    /** Waits for the first courriel with this subject to this address received after the {@code deja} first ones. */
    public static MimeMessage attendreSujet(String destinataire, int deja, String sujet) {
        return Awaitility.await("courriel « " + sujet + " » pour " + destinataire).atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> pour(destinataire).stream().skip(deja).filter(m -> sujet(m).equals(sujet)).findFirst(),
                        Optional::isPresent)
                .map(SmtpDeTest::exigerLeMediateur).orElseThrow();
    }

    /**
     * The courriel as received has a plain-text part and an HTML part, and each carries the footer with the
     * médiateur de France compétences exactly as the bundles write it (CCTP §3.7: every letter to a person).
     * Returns the courriel, or fails saying what is missing.
     */
    public static MimeMessage exigerLeMediateur(MimeMessage message) {
        var mention = Mention.TEXTES;
        var parties = new java.util.LinkedHashMap<String, String>();
        try {
            lireParties(message, parties);
        } catch (Exception e) {
            throw new AssertionError("Courriel « " + sujet(message) + " » illisible", e);
        }
        if (!parties.containsKey("text/plain") || !parties.containsKey("text/html")) {
            throw new AssertionError("Courriel « " + sujet(message) + " » sans partie texte et partie HTML : "
                    + parties.keySet());
        }
        parties.forEach((type, contenu) -> {
            var lu = type.equals("text/html") ? contenu.replace("&#39;", "'").replace("&quot;", "\"")
                    .replace("&amp;", "&") : contenu;
            for (var attendu : mention) {
                if (!lu.contains(attendu)) {
                    throw new AssertionError("Courriel « " + sujet(message) + " » (" + type
                            + ") sans la mention du médiateur : « " + attendu + " »");
                }
            }
        });
        return message;
    }

    /** The médiateur's footer of the courriels, read once from the bundles. */
    private static final class Mention {
        static final List<String> TEXTES = List.of(TextesDeTest.textes().get("courriel.mediateur.titre"),
                TextesDeTest.textes().get("courriel.mediateur.texte"));
    }

    /** The first text/plain and text/html parts of the message, wherever they sit (attachments are skipped). */
    private static void lireParties(jakarta.mail.Part partie, java.util.Map<String, String> parties) throws Exception {
        if (partie.isMimeType("multipart/*")) {
            var multi = (jakarta.mail.Multipart) partie.getContent();
            for (var i = 0; i < multi.getCount(); i++) {
                lireParties(multi.getBodyPart(i), parties);
            }
        } else if (!jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(partie.getDisposition())) {
            for (var type : List.of("text/plain", "text/html")) {
                if (partie.isMimeType(type) && partie.getFileName() == null) {
                    parties.putIfAbsent(type, String.valueOf(partie.getContent()));
                }
            }
        }
    }

    public static String sujet(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The whole message as text (all parts, decoded). */
    public static String corps(MimeMessage message) {
        try {
            var brut = GreenMailUtil.getWholeMessage(message);
            return new String(jakarta.mail.internet.MimeUtility.decode(
                    new java.io.ByteArrayInputStream(brut.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)),
                    "quoted-printable").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            return GreenMailUtil.getBody(message);
        }
    }

    /** The sign-in code of the courriel: the line of its text that is the code alone (never its subject). */
    public static String code(MimeMessage message) {
        var m = Pattern.compile("(?m)^(\\d{6})\\r?$").matcher(corps(message));
        if (!m.find()) {
            throw new AssertionError("Pas de code dans le texte de « " + sujet(message) + " »");
        }
        return m.group(1);
    }

    /** The sign-in link of the courriel (text part). */
    public static String lienConnexion(MimeMessage message) {
        var m = Pattern.compile("(https?://[^\\s\"<>]+/connexion/lien\\?jeton=[0-9a-f-]+&(?:amp;)?secret=[A-Za-z0-9_-]+)")
                .matcher(corps(message));
        if (!m.find()) {
            throw new AssertionError("Pas de lien de connexion dans le courriel");
        }
        return m.group(1).replace("&amp;", "&");
    }

    private static String destinataireDe(MimeMessage message) {
        try {
            var a = message.getRecipients(Message.RecipientType.TO);
            return a == null || a.length == 0 ? "" : a[0].toString();
        } catch (Exception e) {
            return "";
        }
    }
}
