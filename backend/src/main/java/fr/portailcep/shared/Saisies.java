package fr.portailcep.shared;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one rule for text people type, applied where it enters the domain (a value type, a command, the first line
 * of a service method), so that every form of the portal refuses the same things with the same French words:
 * <ul>
 * <li>the text is put in Unicode normal form C (an "é" typed as "e" + accent counts as one character, as in the
 * database) and stripped of the spaces around it; in a text of several lines, line breaks become "\n";</li>
 * <li>refused: control characters (NUL and the other C0/C1 controls; only line breaks and tabs in a text of several
 * lines), a line break in a one-line field, lone surrogates (half of an emoji, which PostgreSQL would store as
 * "?"), Unicode non-characters, and the explicit direction controls (U+202A–U+202E, U+2066–U+2069) that can turn the
 * rest of a line around — right-to-left letters themselves need none of them and pass, like accents and emoji;</li>
 * <li>refused: a text longer than its column, counted in characters as PostgreSQL counts them.</li>
 * </ul>
 * HTML is text like any other: it is stored as typed and escaped wherever it is shown.
 * <p>
 * A refusal is a {@link SaisieRefusee}, field by field, with the key of the French message to show beside the
 * field.
 */
public final class Saisies {

    /** First names and names: {@code varchar(100)} everywhere (compte, jeton_connexion, beneficiaire). */
    public static final int LONGUEUR_NOM = 100;

    public static final String CLE_TROP_LONG = "saisie.erreur.trop-long";
    public static final String CLE_CARACTERE = "saisie.erreur.caractere";
    public static final String CLE_LIGNE = "saisie.erreur.ligne";

    /** One line (a name, a subject, a reason) or several (a message, a note). */
    public enum Forme {
        UNE_LIGNE, PLUSIEURS_LIGNES
    }

    /** Why a text is refused: the key of its French message and the arguments of that message. */
    public record Refus(String cle, List<Object> arguments) {

        public Refus {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }

        public static Refus de(String cle, Object... arguments) {
            return new Refus(cle, List.of(arguments));
        }

        public Object[] argumentsEnTableau() {
            return arguments.toArray();
        }
    }

    private Saisies() {
    }

    /**
     * The text in normal form C, its line breaks as "\n" (several lines only), without spaces around it. Null
     * stays null. Nothing is removed inside the text: what cannot be stored is refused by {@link #probleme}.
     */
    public static String nettoyer(String brut, Forme forme) {
        if (brut == null) {
            return null;
        }
        var texte = sansDemiCaractere(brut) ? Normalizer.normalize(brut, Normalizer.Form.NFC) : brut;
        if (forme == Forme.PLUSIEURS_LIGNES) {
            texte = texte.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        }
        return texte.strip();
    }

    /** What is wrong with a text already {@linkplain #nettoyer cleaned}, if anything. */
    public static Optional<Refus> probleme(String propre, Forme forme, int longueurMax) {
        if (propre == null || propre.isEmpty()) {
            return Optional.empty();
        }
        for (var i = 0; i < propre.length();) {
            var c = propre.codePointAt(i);
            if ((c == '\n' || c == '\u2028' || c == '\u2029' || c == '\r') && forme == Forme.UNE_LIGNE) {
                return Optional.of(Refus.de(CLE_LIGNE));
            }
            if (interdit(c, forme)) {
                return Optional.of(Refus.de(CLE_CARACTERE));
            }
            i += Character.charCount(c);
        }
        var longueur = propre.codePointCount(0, propre.length());
        if (longueur > longueurMax) {
            return Optional.of(Refus.de(CLE_TROP_LONG, longueurMax, longueur));
        }
        return Optional.empty();
    }

    /** A one-line text, cleaned; refused with {@link SaisieRefusee} for this field. Null stays null. */
    public static String ligne(String champ, String brut, int longueurMax) {
        return verifier(champ, brut, Forme.UNE_LIGNE, longueurMax);
    }

    /** A text of several lines, cleaned; refused with {@link SaisieRefusee} for this field. Null stays null. */
    public static String texte(String champ, String brut, int longueurMax) {
        return verifier(champ, brut, Forme.PLUSIEURS_LIGNES, longueurMax);
    }

    /** Whether a text can be stored as it is in a one-line column of this length (a code, a token, an address). */
    public static boolean estPropre(String texte, int longueurMax) {
        return texte != null && Saisies.nettoyer(texte, Forme.UNE_LIGNE).equals(texte)
                && probleme(texte, Forme.UNE_LIGNE, longueurMax).isEmpty();
    }

    /**
     * For text the system records rather than a person types (the journal, a browser's name, a file name): what
     * cannot be stored is removed, line breaks become spaces, and the text is cut at its column's length (between
     * two characters, never inside one). Null stays null.
     */
    public static String assainir(String brut, int longueurMax) {
        if (brut == null) {
            return null;
        }
        var propre = new StringBuilder(Math.min(brut.length(), longueurMax * 2));
        var longueur = 0;
        for (var i = 0; i < brut.length() && longueur < longueurMax;) {
            var c = brut.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029') {
                c = ' ';
            } else if (interdit(c, Forme.UNE_LIGNE)) {
                continue;
            }
            propre.appendCodePoint(c);
            longueur++;
        }
        var texte = Normalizer.normalize(propre, Normalizer.Form.NFC).strip();
        return texte.codePointCount(0, texte.length()) <= longueurMax ? texte
                : texte.substring(0, texte.offsetByCodePoints(0, longueurMax));
    }

    /** The cleaned text, or null when it is empty: for an optional field. */
    public static String ouNull(String propre) {
        return propre == null || propre.isEmpty() ? null : propre;
    }

    /** Checks several fields at once, so that every refusal is shown together. */
    public static Verification verification() {
        return new Verification();
    }

    /** The refusals of several fields, collected before one {@link #exiger()}. */
    public static final class Verification {

        private final Map<String, Refus> erreurs = new LinkedHashMap<>();

        private Verification() {
        }

        /** The one-line text cleaned (the typed one when refused, so that nothing is lost). */
        public String ligne(String champ, String brut, int longueurMax) {
            return noter(champ, brut, Forme.UNE_LIGNE, longueurMax);
        }

        /** The text of several lines cleaned (the typed one when refused). */
        public String texte(String champ, String brut, int longueurMax) {
            return noter(champ, brut, Forme.PLUSIEURS_LIGNES, longueurMax);
        }

        /** Another refusal of this field (required, wrong format…), unless the field is already refused. */
        public Verification refuser(String champ, String cle, Object... arguments) {
            erreurs.putIfAbsent(champ, Refus.de(cle, arguments));
            return this;
        }

        public boolean refuse(String champ) {
            return erreurs.containsKey(champ);
        }

        public Map<String, Refus> erreurs() {
            return Collections.unmodifiableMap(erreurs);
        }

        /** Throws the refusals collected, if any. */
        public void exiger() {
            if (!erreurs.isEmpty()) {
                throw new SaisieRefusee(erreurs);
            }
        }

        private String noter(String champ, String brut, Forme forme, int longueurMax) {
            var propre = nettoyer(brut, forme);
            var refus = probleme(propre, forme, longueurMax);
            if (refus.isPresent()) {
                erreurs.putIfAbsent(champ, refus.get());
                return brut;
            }
            return propre;
        }
    }

    private static String verifier(String champ, String brut, Forme forme, int longueurMax) {
        var propre = nettoyer(brut, forme);
        var refus = probleme(propre, forme, longueurMax);
        if (refus.isPresent()) {
            throw new SaisieRefusee(Map.of(champ, refus.get()));
        }
        return propre;
    }

    private static boolean interdit(int c, Forme forme) {
        if (c <= 0xFFFF && Character.isSurrogate((char) c)) {
            return true;
        }
        if (Character.getType(c) == Character.CONTROL) {
            return !(forme == Forme.PLUSIEURS_LIGNES && (c == '\n' || c == '\t'));
        }
        // Non-characters: U+FDD0–U+FDEF and the last two code points of every plane.
        if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) {
            return true;
        }
        // Explicit embeddings, overrides and isolates: they reverse what follows them on the line.
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** Whether every surrogate is paired (the normaliser is not asked to read half a character). */
    private static boolean sansDemiCaractere(String texte) {
        for (var i = 0; i < texte.length(); i++) {
            var c = texte.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= texte.length() || !Character.isLowSurrogate(texte.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
