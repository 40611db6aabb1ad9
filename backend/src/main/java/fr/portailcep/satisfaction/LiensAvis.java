package fr.portailcep.satisfaction;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one-tap answer links of the satisfaction courriels (DD019): the link says which survey, which question, which
 * answer and until when, and carries an HMAC-SHA256 of all that under a key of the configuration. Nothing is stored
 * for a link: a changed byte breaks the HMAC ({@link Lecture.Falsifie}), an old one is {@link Lecture.Expire}; a
 * link that already served is refused by the survey (a question answered once by link is not answered by link again).
 * <p>
 * The key is {@code portail.satisfaction.cle-liens} (32 random bytes in base64) or, when not given, derived from the
 * courriel key the portal already requires ({@code PORTAIL_CLE_COURRIELS}) by an HMAC with a label of its own: the
 * two uses never share a key.
 */
@Component
class LiensAvis {

    private static final String ALGORITHME = "HmacSHA256";
    private static final byte VERSION = 1;
    private static final int LONGUEUR_CHARGE = 1 + 16 + 1 + 1 + 8;

    /** What a link says once read. */
    sealed interface Lecture {
        record Valide(UUID enquete, Question question, Niveau niveau) implements Lecture {
        }

        record Falsifie() implements Lecture {
        }

        record Expire(UUID enquete) implements Lecture {
        }
    }

    private final byte[] cle;

    @Autowired
    LiensAvis(@Value("${portail.satisfaction.cle-liens:}") String cleLiens,
            @Value("${portail.courriel.cle:}") String cleCourriels) {
        this(cleLiens.isBlank() ? derivee(cleCourriels) : Base64.getDecoder().decode(cleLiens.strip()));
    }

    LiensAvis(byte[] cle) {
        if (cle.length < 32) {
            throw new IllegalStateException("portail.satisfaction.cle-liens : 32 octets aléatoires en base64 au moins "
                    + "(par exemple « openssl rand -base64 32 »).");
        }
        this.cle = cle.clone();
    }

    private static byte[] derivee(String cleCourriels) {
        if (cleCourriels == null || cleCourriels.isBlank()) {
            throw new IllegalStateException("Ni portail.satisfaction.cle-liens ni PORTAIL_CLE_COURRIELS : les liens "
                    + "de réponse des enquêtes de satisfaction ne peuvent pas être signés.");
        }
        return hmac(Base64.getDecoder().decode(cleCourriels.strip()),
                "portail-cep/satisfaction/liens-avis/v1".getBytes(StandardCharsets.UTF_8));
    }

    /** A link's token: base64url(version, survey, question, answer, expiry) "." base64url(HMAC). */
    String jeton(UUID enquete, Question question, Niveau niveau, Instant expireLe) {
        var charge = ByteBuffer.allocate(LONGUEUR_CHARGE).put(VERSION)
                .putLong(enquete.getMostSignificantBits()).putLong(enquete.getLeastSignificantBits())
                .put((byte) question.ordinal()).put((byte) niveau.valeur()).putLong(expireLe.getEpochSecond()).array();
        var encodeur = Base64.getUrlEncoder().withoutPadding();
        return encodeur.encodeToString(charge) + "." + encodeur.encodeToString(hmac(cle, charge));
    }

    Lecture lire(String jeton, Instant maintenant) {
        if (jeton == null || jeton.length() > 120) {
            return new Lecture.Falsifie();
        }
        var point = jeton.indexOf('.');
        if (point < 0) {
            return new Lecture.Falsifie();
        }
        byte[] charge;
        byte[] signature;
        try {
            charge = Base64.getUrlDecoder().decode(jeton.substring(0, point));
            signature = Base64.getUrlDecoder().decode(jeton.substring(point + 1));
        } catch (IllegalArgumentException e) {
            return new Lecture.Falsifie();
        }
        if (charge.length != LONGUEUR_CHARGE || !MessageDigest.isEqual(hmac(cle, charge), signature)) {
            return new Lecture.Falsifie();
        }
        var lecture = ByteBuffer.wrap(charge);
        if (lecture.get() != VERSION) {
            return new Lecture.Falsifie();
        }
        var enquete = new UUID(lecture.getLong(), lecture.getLong());
        var question = lecture.get();
        var niveau = lecture.get();
        var expire = Instant.ofEpochSecond(lecture.getLong());
        if (question < 0 || question >= Question.values().length || niveau < 1 || niveau > 4) {
            return new Lecture.Falsifie();
        }
        if (!maintenant.isBefore(expire)) {
            return new Lecture.Expire(enquete);
        }
        return new Lecture.Valide(enquete, Question.values()[question], Niveau.deValeur(niveau));
    }

    private static byte[] hmac(byte[] cle, byte[] donnees) {
        try {
            var mac = Mac.getInstance(ALGORITHME);
            mac.init(new SecretKeySpec(cle, ALGORITHME));
            return mac.doFinal(donnees);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
