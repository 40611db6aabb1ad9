package fr.portailcep.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./portail verifier fichier.pdf [--cachet certificat.pem]}: the {@link Verification} of a sealed document
 * from the command line, without the portal running. The operator's seal certificate comes from {@code --cachet}
 * or the environment variable {@code PORTAIL_CACHET_CERTIFICAT} (PEM or DER); without it, the seal's identity is
 * not checked and the report says so. Exit code 0 only when the document is intact, 1 when it is not, 2 when the
 * command is misused or the file cannot be read.
 */
public final class VerifierFichier {

    private VerifierFichier() {
    }

    public static void main(String[] arguments) {
        System.exit(executer(arguments, System.out, System.err));
    }

    /** The command without the exit, for tests: returns the exit code. */
    public static int executer(String[] arguments, PrintStream sortie, PrintStream erreurs) {
        Path fichier = null;
        String certificat = System.getenv("PORTAIL_CACHET_CERTIFICAT");
        for (var i = 0; i < arguments.length; i++) {
            if ("--cachet".equals(arguments[i]) && i + 1 < arguments.length) {
                certificat = arguments[++i];
            } else if (fichier == null && !arguments[i].startsWith("--")) {
                fichier = Path.of(arguments[i]);
            } else {
                fichier = null;
                break;
            }
        }
        if (fichier == null) {
            erreurs.println("Usage : ./portail verifier fichier.pdf [--cachet certificat-de-l-operateur.pem]");
            return 2;
        }
        try {
            var operateur = new ArrayList<X509Certificate>();
            if (certificat != null && !certificat.isBlank()) {
                operateur.addAll(certificats(Path.of(certificat)));
            }
            var rapport = new Verification(operateur).verifier(Files.readAllBytes(fichier));
            sortie.print(rapport.texte());
            return rapport.intact() ? 0 : 1;
        } catch (IOException | CertificateException e) {
            erreurs.println("Lecture impossible : " + e.getMessage());
            return 2;
        }
    }

    private static List<X509Certificate> certificats(Path chemin) throws IOException, CertificateException {
        try (InputStream entree = Files.newInputStream(chemin)) {
            return CertificateFactory.getInstance("X.509").generateCertificates(entree).stream()
                    .map(X509Certificate.class::cast).toList();
        }
    }
}
