import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Pre-compresses the theme's text files at build time (issue 12): beside each CSS, JS and SVG file of the folder
 * given, a {@code .gz} (gzip, best compression) and a {@code .br} (Brotli, quality 11, through brotli4j when its
 * native library loads on this machine; otherwise gzip only, said on the console). Spring's
 * {@code EncodedResourceResolver} serves them by {@code Accept-Encoding} (shared.web.FichiersStatiques).
 * A compressed file is kept only when it is smaller than the original.
 * <p>
 * Run by Maven (themes/pom.xml) with Java's source launcher: {@code java -cp <brotli4j jars> Compresser.java dir}.
 */
public class Compresser {

    private static final Set<String> EXTENSIONS = Set.of("css", "js", "svg");

    public static void main(String[] arguments) throws Exception {
        var dossier = Path.of(arguments[0]);
        var brotli = brotliDisponible();
        if (!brotli) {
            System.out.println("[Compresser] Brotli indisponible ici : gzip seulement.");
        }
        try (var fichiers = Files.walk(dossier)) {
            for (var fichier : fichiers.filter(Files::isRegularFile).filter(Compresser::aCompresser).toList()) {
                var contenu = Files.readAllBytes(fichier);
                ecrire(fichier, ".gz", gzip(contenu), contenu.length);
                if (brotli) {
                    ecrire(fichier, ".br", brotli(contenu), contenu.length);
                }
            }
        }
    }

    private static boolean aCompresser(Path fichier) {
        var nom = fichier.getFileName().toString();
        var point = nom.lastIndexOf('.');
        return point > 0 && EXTENSIONS.contains(nom.substring(point + 1));
    }

    private static void ecrire(Path original, String extension, byte[] compresse, int taille) throws IOException {
        var cible = original.resolveSibling(original.getFileName() + extension);
        if (compresse.length < taille) {
            Files.write(cible, compresse);
        } else {
            Files.deleteIfExists(cible);
        }
    }

    private static byte[] gzip(byte[] contenu) throws IOException {
        var sortie = new java.io.ByteArrayOutputStream();
        try (OutputStream flux = new GZIPOutputStream(sortie) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            flux.write(contenu);
        }
        return sortie.toByteArray();
    }

    private static boolean brotliDisponible() {
        try {
            var loader = Class.forName("com.aayushatharva.brotli4j.Brotli4jLoader");
            loader.getMethod("ensureAvailability").invoke(null);
            return true;
        } catch (ReflectiveOperationException | LinkageError e) {
            return false;
        }
    }

    private static byte[] brotli(byte[] contenu) throws Exception {
        var encodeur = Class.forName("com.aayushatharva.brotli4j.encoder.Encoder");
        var parametres = Class.forName("com.aayushatharva.brotli4j.encoder.Encoder$Parameters");
        var p = parametres.getConstructor().newInstance();
        parametres.getMethod("setQuality", int.class).invoke(p, 11);
        return (byte[]) encodeur.getMethod("compress", byte[].class, parametres).invoke(null, contenu, p);
    }
}
