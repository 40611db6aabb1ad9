package fr.portailcep.messagerie;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.apache.tika.Tika;

import fr.portailcep.shared.Saisies;

/**
 * Checks an attachment by its content, never by its name: a PDF, a JPEG or a PNG, not empty, at most 5 Mo. The
 * type is detected from the file's first bytes (Apache Tika's magic numbers), so an executable renamed
 * {@code .pdf} is refused. The name kept is cleaned and given the extension of the detected type.
 * <p>
 * A message carries 5 documents at most, 10 Mo in all: what waits to be sent stays bounded for each person.
 */
public final class VerificationPieceJointe {

    public static final int TAILLE_MAX = 5 * 1024 * 1024;
    public static final int TAILLE_MAX_MO = TAILLE_MAX / (1024 * 1024);
    public static final int NOMBRE_MAX = 5;
    public static final int TAILLE_TOTALE_MAX = 10 * 1024 * 1024;
    public static final int TAILLE_TOTALE_MAX_MO = TAILLE_TOTALE_MAX / (1024 * 1024);

    private static final Tika TIKA = new Tika();
    private static final Map<String, String> EXTENSIONS = Map.of(
            "application/pdf", ".pdf",
            "image/jpeg", ".jpg",
            "image/png", ".png");

    public enum Motif {
        VIDE, TROP_GRANDE, TYPE_REFUSE, TROP_NOMBREUSES, TOTAL_TROP_GRAND
    }

    public sealed interface Resultat {
    }

    public record Acceptee(String nom, String typeMime, byte[] contenu) implements Resultat {
    }

    public record Refusee(Motif motif) implements Resultat {
    }

    private VerificationPieceJointe() {
    }

    public static Resultat verifier(String nom, byte[] contenu) {
        if (contenu == null || contenu.length == 0) {
            return new Refusee(Motif.VIDE);
        }
        if (contenu.length > TAILLE_MAX) {
            return new Refusee(Motif.TROP_GRANDE);
        }
        var type = TIKA.detect(contenu);
        var extension = EXTENSIONS.get(type);
        if (extension == null) {
            return new Refusee(Motif.TYPE_REFUSE);
        }
        return new Acceptee(nettoyer(nom, extension), type, contenu);
    }

    /**
     * Whether one more document of this size fits beside those already joined to the message.
     *
     * @return the reason it does not fit, if it does not
     */
    public static Optional<Motif> place(int dejaJoints, long tailleDejaJointe, long taille) {
        if (dejaJoints >= NOMBRE_MAX) {
            return Optional.of(Motif.TROP_NOMBREUSES);
        }
        if (tailleDejaJointe + taille > TAILLE_TOTALE_MAX) {
            return Optional.of(Motif.TOTAL_TROP_GRAND);
        }
        return Optional.empty();
    }

    /**
     * The checks of {@link #verifier(String, byte[])} for a file waiting on disk, without loading it: its size, then
     * its type read from its first bytes.
     *
     * @return the reason it is refused, if it is
     */
    public static Optional<Motif> verifier(Path fichier) throws IOException {
        var taille = Files.size(fichier);
        if (taille == 0) {
            return Optional.of(Motif.VIDE);
        }
        if (taille > TAILLE_MAX) {
            return Optional.of(Motif.TROP_GRANDE);
        }
        try (var entree = new BufferedInputStream(Files.newInputStream(fichier))) {
            return EXTENSIONS.containsKey(TIKA.detect(entree)) ? Optional.empty() : Optional.of(Motif.TYPE_REFUSE);
        }
    }

    /** A plain file name: no path, no control character, at most 120 characters, the right extension. */
    static String nettoyer(String nom, String extension) {
        var base = nom == null ? "" : nom;
        base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
        base = Saisies.assainir(base.replaceAll("[\"<>:|?*]", ""), 200).strip();
        var point = base.lastIndexOf('.');
        if (point > 0) {
            base = base.substring(0, point);
        } else if (point == 0) {
            base = "";
        }
        if (base.isBlank()) {
            base = "piece-jointe";
        }
        if (base.codePointCount(0, base.length()) > 120) {
            base = base.substring(0, base.offsetByCodePoints(0, 120)).strip();
        }
        return base + extension;
    }
}
