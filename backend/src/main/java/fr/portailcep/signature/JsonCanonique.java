package fr.portailcep.signature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one canonical JSON form of the signature feature (manifests, evidence entries), a strict subset of RFC 8785
 * (JCS) that a verifier can re-implement in a few lines:
 * <ul>
 * <li>a value is an object, a string, or an integer ({@code long}); no floating point, no booleans, no arrays; a
 * null value is left out of its object (the key is absent);</li>
 * <li>object keys are sorted by their UTF-16 code units (Java's {@link String#compareTo}, as RFC 8785 §3.2.3), no
 * duplicate;</li>
 * <li>no whitespace at all between tokens;</li>
 * <li>strings are escaped as RFC 8785 §3.2.2.2: {@code \"}, {@code \\}, {@code \b \f \n \r \t}, other controls
 * below U+0020 as backslash-u and four lower-case hex digits; every other character as itself, including non-ASCII and
 * {@code /};</li>
 * <li>integers in decimal without sign for zero or positives, no leading zero, no exponent;</li>
 * <li>the text is encoded in UTF-8 without a byte-order mark.</li>
 * </ul>
 * Bytes go in strings as base64url without padding; hashes as lower-case hex; times as ISO-8601 UTC with
 * {@link java.time.Instant#toString()}.
 */
public final class JsonCanonique {

    private JsonCanonique() {
    }

    /** An object under construction; keys sorted when written. */
    public static Objet objet() {
        return new Objet();
    }

    /** A JSON object whose values are strings, integers or objects. */
    public static final class Objet {
        private final Map<String, Object> valeurs = new TreeMap<>();

        private Objet() {
        }

        public Objet avec(String cle, String valeur) {
            return mettre(cle, valeur);
        }

        public Objet avec(String cle, long valeur) {
            return mettre(cle, valeur);
        }

        public Objet avec(String cle, Integer valeur) {
            return mettre(cle, valeur == null ? null : valeur.longValue());
        }

        public Objet avec(String cle, Long valeur) {
            return mettre(cle, valeur);
        }

        public Objet avec(String cle, Objet valeur) {
            return mettre(cle, valeur);
        }

        private Objet mettre(String cle, Object valeur) {
            if (valeurs.containsKey(cle)) {
                throw new IllegalArgumentException("Clé en double : " + cle);
            }
            if (valeur != null) {
                valeurs.put(cle, valeur);
            }
            return this;
        }

        /** The canonical text. */
        public String texte() {
            var sortie = new StringBuilder();
            ecrire(sortie);
            return sortie.toString();
        }

        /** The canonical bytes (UTF-8). */
        public byte[] octets() {
            return texte().getBytes(StandardCharsets.UTF_8);
        }

        private void ecrire(StringBuilder sortie) {
            sortie.append('{');
            var premier = true;
            for (var e : valeurs.entrySet()) {
                if (!premier) {
                    sortie.append(',');
                }
                premier = false;
                chaine(sortie, e.getKey());
                sortie.append(':');
                switch (e.getValue()) {
                    case String s -> chaine(sortie, s);
                    case Long l -> sortie.append(l.longValue());
                    case Objet o -> o.ecrire(sortie);
                    default -> throw new IllegalStateException();
                }
            }
            sortie.append('}');
        }
    }

    static void chaine(StringBuilder sortie, String s) {
        sortie.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sortie.append("\\\"");
                case '\\' -> sortie.append("\\\\");
                case '\b' -> sortie.append("\\b");
                case '\f' -> sortie.append("\\f");
                case '\n' -> sortie.append("\\n");
                case '\r' -> sortie.append("\\r");
                case '\t' -> sortie.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sortie.append(String.format("\\u%04x", (int) c));
                    } else {
                        sortie.append(c);
                    }
                }
            }
        }
        sortie.append('"');
    }

    /** SHA-256 of bytes. */
    public static byte[] sha256(byte[] octets) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(octets);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of bytes, lower-case hex. */
    public static String sha256Hex(byte[] octets) {
        return HexFormat.of().formatHex(sha256(octets));
    }

    /** SHA-256 of a text's UTF-8 bytes, lower-case hex. */
    public static String sha256Hex(String texte) {
        return sha256Hex(texte.getBytes(StandardCharsets.UTF_8));
    }

    /** Base64url without padding. */
    public static String b64url(byte[] octets) {
        return octets == null ? null : Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
    }

    /** Decodes base64url, with or without padding. */
    public static byte[] depuisB64url(String texte) {
        return texte == null ? null : Base64.getUrlDecoder().decode(texte);
    }
}
