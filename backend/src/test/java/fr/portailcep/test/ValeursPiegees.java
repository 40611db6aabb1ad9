package fr.portailcep.test;

import java.util.List;

/**
 * The corpus of bad (or merely unusual) values sent to every text the portal takes: the unit test of the checker
 * and the integration test of every service command share it.
 */
public final class ValeursPiegees {

    /** A value of the corpus; {@code propre} says whether it must be accepted (stored as typed, cleaned). */
    public record Valeur(String nom, String texte, boolean propre) {

        @Override
        public String toString() {
            return nom;
        }
    }

    public static final String HTML = "<script>alert('x')</script><b>gras</b> & \"guillemets\"";
    public static final String DROITE_A_GAUCHE = "مرحبا بكم في بوابة CEP — שלום";
    public static final String EMOJI_ET_ACCENTS = "Élodie Ñúñez-Çağlar 👩🏽‍💻 🇫🇷 œuvre ß";

    private ValeursPiegees() {
    }

    /** Values no field may store (each longer than any column, or holding a character no text may hold). */
    public static List<Valeur> refusees() {
        return List.of(
                new Valeur("100 Ko sans espace", "x".repeat(100 * 1024), false),
                new Valeur("100 Ko de phrases", "Une phrase ordinaire. ".repeat(100 * 1024 / 22), false),
                new Valeur("NUL", "Cam\u0000ille", false),
                new Valeur("NUL seul", "\u0000", false),
                new Valeur("BEL (C0)", "Cam\u0007ille", false),
                new Valeur("ESC (C0)", "Cam\u001B[31mille", false),
                new Valeur("DEL", "Cam\u007Fille", false),
                new Valeur("NEL (C1)", "Cam\u0085ille", false),
                new Valeur("CSI (C1)", "Cam\u009Bille", false),
                new Valeur("demi-caractère haut seul", "Cam\uD83Dille", false),
                new Valeur("demi-caractère bas seul", "Cam\uDC69ille", false),
                new Valeur("demi-caractère en fin", "Camille\uD83D", false),
                new Valeur("non-caractère U+FFFF", "Cam\uFFFFille", false),
                new Valeur("inversion forcée U+202E", "Camille \u202Efdp.exe", false),
                new Valeur("isolat U+2066", "Camille \u2066x\u2069", false));
    }

    /** Unusual values every field of enough length must accept, stored as typed. */
    public static List<Valeur> acceptees() {
        return List.of(
                new Valeur("HTML", HTML, true),
                new Valeur("droite à gauche", DROITE_A_GAUCHE, true),
                new Valeur("emoji et accents", EMOJI_ET_ACCENTS, true));
    }
}
