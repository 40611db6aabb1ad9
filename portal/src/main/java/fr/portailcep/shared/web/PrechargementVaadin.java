package fr.portailcep.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.dependency.StyleSheet;

import fr.portailcep.shared.ui.PortailShell;

/**
 * The files of Vaadin's pre-compiled bundle that an HTML-first page asks the browser to fetch in the background
 * ({@code <link rel="prefetch">}), so that the first Vaadin page after sign-in loads from the cache (DD020).
 * <p>
 * Read once at start-up from the jar, never written by hand (the bundle's names change with each Vaadin version):
 * <ul>
 * <li>the bundle's entry script, named in its {@code index.html} ({@code META-INF/VAADIN/webapp/}), then every
 * module it imports statically, and the modules it imports at run time by a fixed name (Flow's bootstrap and
 * client, {@code generated-flow-imports}: every Vaadin page loads them) with their own static imports;</li>
 * <li>the chunks {@code generated-flow-imports} loads on demand for a view's components, when what they add to
 * the list weighs at most {@link #PETIT_MORCEAU} compressed: the icons' chunk (about 57 KB, on most views) is
 * prefetched; charts, spreadsheet and maps (100 KB to 400 KB each, on a few staff views) are not;</li>
 * <li>the style sheets of {@link PortailShell} (Lumo's, the portal's), with the content hash Vaadin puts on them
 * ({@code ?v-c=} the first 8 hex digits of the SHA-256 of the file), so that the address is the very one the
 * Vaadin page asks for.</li>
 * </ul>
 * Outside production mode (no pre-compiled bundle in the jar) the list is empty.
 */
@Component
public class PrechargementVaadin {

    private static final Logger JOURNAL = LoggerFactory.getLogger(PrechargementVaadin.class);

    private static final String PAQUET = "META-INF/VAADIN/webapp/";
    private static final Pattern ENTREE = Pattern.compile(
            "<script[^>]*type=\"module\"[^>]*src=\"\\./(VAADIN/build/[\\w.-]+\\.js)\"");
    private static final Pattern IMPORT_STATIQUE = Pattern.compile(
            "(?:\\bfrom|\\bimport)\\s*[\"'`]\\./([\\w.-]+\\.js)[\"'`]");
    private static final Pattern IMPORT_DYNAMIQUE = Pattern.compile(
            "\\bimport\\(\\s*[\"'`]\\./([\\w.-]+\\.js)[\"'`]\\s*\\)");

    /** The most a component chunk may add to the prefetch, compressed (Brotli, as the phone receives it). */
    static final long PETIT_MORCEAU = 64 * 1024;

    private final List<String> fichiers;

    public PrechargementVaadin() {
        this.fichiers = List.copyOf(lire());
    }

    /** Addresses, in the order the Vaadin page needs them. */
    public List<String> fichiers() {
        return fichiers;
    }

    private static List<String> lire() {
        var index = new ClassPathResource(PAQUET + "index.html");
        if (!index.exists()) {
            JOURNAL.info("Pas de paquet Vaadin précompilé : rien à précharger.");
            return List.of();
        }
        try {
            var entree = ENTREE.matcher(index.getContentAsString(StandardCharsets.UTF_8));
            if (!entree.find()) {
                JOURNAL.warn("Le script d’entrée du paquet Vaadin est introuvable dans son index.html.");
                return List.of();
            }
            var adresses = new ArrayList<String>();
            var chemin = entree.group(1);
            var dossier = chemin.substring(0, chemin.lastIndexOf('/') + 1);
            var modules = new LinkedHashSet<String>();
            var premier = chemin.substring(dossier.length());
            var texteEntree = lireModule(dossier, premier);
            ajouterAvecImportsStatiques(dossier, premier, modules);
            var dynamiques = IMPORT_DYNAMIQUE.matcher(texteEntree);
            while (dynamiques.find()) {
                ajouterAvecImportsStatiques(dossier, dynamiques.group(1), modules);
            }
            for (var module : List.copyOf(modules)) {
                if (module.startsWith("generated-flow-imports")) {
                    var morceaux = IMPORT_DYNAMIQUE.matcher(lireModule(dossier, module));
                    while (morceaux.find()) {
                        var avec = new LinkedHashSet<>(modules);
                        ajouterAvecImportsStatiques(dossier, morceaux.group(1), avec);
                        avec.removeAll(modules);
                        long poids = 0;
                        for (var nouveau : avec) {
                            poids += poidsCompresse(dossier, nouveau);
                        }
                        if (!avec.isEmpty() && poids <= PETIT_MORCEAU) {
                            modules.addAll(avec);
                        }
                    }
                }
            }
            modules.forEach(m -> adresses.add("/" + dossier + m));
            adresses.addAll(feuillesDeStyle());
            return adresses;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ajouterAvecImportsStatiques(String dossier, String module, LinkedHashSet<String> modules)
            throws IOException {
        if (!modules.add(module)) {
            return;
        }
        var texte = lireModule(dossier, module);
        if (texte == null) {
            modules.remove(module);
            return;
        }
        var imports = IMPORT_STATIQUE.matcher(texte);
        while (imports.find()) {
            ajouterAvecImportsStatiques(dossier, imports.group(1), modules);
        }
    }

    private static long poidsCompresse(String dossier, String module) throws IOException {
        var brotli = new ClassPathResource(PAQUET + dossier + module + ".br");
        return brotli.exists() ? brotli.contentLength() : new ClassPathResource(PAQUET + dossier + module).contentLength();
    }

    private static String lireModule(String dossier, String module) throws IOException {
        var fichier = new ClassPathResource(PAQUET + dossier + module);
        return fichier.exists() ? fichier.getContentAsString(StandardCharsets.UTF_8) : null;
    }

    /** The shell's style sheets, as Vaadin writes them in its page: {@code /lumo/lumo.css?v-c=3e8d6c3d}. */
    private static List<String> feuillesDeStyle() throws IOException {
        var adresses = new ArrayList<String>();
        for (var feuille : PortailShell.class.getAnnotationsByType(StyleSheet.class)) {
            var chemin = feuille.value().replaceFirst("^(\\./|/)", "");
            var fichier = new ClassPathResource("META-INF/resources/" + chemin);
            if (fichier.exists()) {
                adresses.add("/" + chemin + "?v-c=" + empreinte(fichier.getContentAsByteArray()));
            }
        }
        return adresses;
    }

    private static String empreinte(byte[] contenu) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenu)).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
