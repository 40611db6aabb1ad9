package fr.portailcep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The documents of the repository (README files, {@code docs/**}) only cite what exists: a repository path between
 * backticks, a relative link, a class named with its package ({@code shared.SaisieRefusee}), and each class the
 * glossary links to. A rename that forgets the documents fails here instead of misleading the next reader.
 */
class DocumentationTest {

    private static final Path RACINE = racine();

    /** Folders that are built or written at run time, never cited as sources. */
    private static final Set<String> PRODUITS = Set.of("target", "node_modules", "data", ".git");

    private static final Pattern BLOC_DE_CODE = Pattern.compile("(?ms)^\\s*```.*?^\\s*```");
    private static final Pattern ENTRE_ACCENTS = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern LIEN = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern LIEN_AVEC_TEXTE = Pattern.compile("\\[`?([^\\]`]+)`?\\]\\(([^)\\s]+)\\)");
    /** {@code shared.SaisieRefusee}, {@code fr.portailcep.shared.ui.Saisie.limiter}, {@code operateur.PolitiqueAcces}. */
    private static final Pattern CLASSE_QUALIFIEE = Pattern.compile(
            "(?:fr\\.portailcep\\.)?((?:[a-z][a-z0-9]*\\.)+)([A-Z]\\w*)(?:[.#]\\w+(?:\\(\\))?)?");

    @Test
    void les_chemins_cites_entre_accents_graves_existent() {
        var erreurs = new ArrayList<String>();
        for (var document : documents()) {
            var texte = sansBlocsDeCode(lire(document));
            var m = ENTRE_ACCENTS.matcher(texte);
            while (m.find()) {
                var cite = m.group(1).strip();
                if (estUnLibelleDeLien(texte, m)) {
                    continue; // [`docs/`](docs): the link itself is checked
                }
                cheminAbsent(document, cite).ifPresent(e -> erreurs.add(lieu(document, texte, m.start()) + e));
                classeAbsente(cite).ifPresent(e -> erreurs.add(lieu(document, texte, m.start()) + e));
            }
        }
        assertThat(erreurs).as("chemins ou classes cités qui n’existent pas").isEmpty();
    }

    @Test
    void les_liens_relatifs_menent_a_un_fichier_qui_existe() {
        var erreurs = new ArrayList<String>();
        for (var document : documents()) {
            var texte = sansBlocsDeCode(lire(document));
            var m = LIEN.matcher(texte);
            while (m.find()) {
                var cible = m.group(1);
                if (cible.matches("^[a-z][a-z0-9+.-]*:.*") || cible.startsWith("#")) {
                    continue; // http:, mailto:, an anchor of the same page
                }
                var chemin = document.getParent().resolve(cible.replaceFirst("#.*$", "")).normalize();
                if (chemin.startsWith(RACINE) && !Files.exists(chemin)) {
                    erreurs.add(lieu(document, texte, m.start()) + "lien vers " + cible + " : aucun fichier");
                }
            }
        }
        assertThat(erreurs).as("liens relatifs sans fichier").isEmpty();
    }

    @Test
    void chaque_terme_du_glossaire_mene_a_sa_classe() {
        var glossaire = RACINE.resolve("docs/glossaire.md");
        var erreurs = new ArrayList<String>();
        var termes = 0;
        for (var ligne : lire(glossaire).lines().filter(l -> l.startsWith("| **")).toList()) {
            termes++;
            var cellules = ligne.split("\\|");
            var code = cellules[cellules.length - 1].strip();
            var m = LIEN_AVEC_TEXTE.matcher(code);
            var liens = 0;
            while (m.find()) {
                liens++;
                var classe = m.group(1);
                var fichier = glossaire.getParent().resolve(m.group(2)).normalize();
                if (!fichier.getFileName().toString().equals(classe + ".java")) {
                    erreurs.add(cellules[1].strip() + " : le lien « " + classe + " » ne mène pas à " + classe + ".java");
                } else if (!Files.isRegularFile(fichier)) {
                    erreurs.add(cellules[1].strip() + " : " + RACINE.relativize(fichier) + " n’existe pas");
                }
            }
            if (liens == 0 && !code.startsWith("—")) {
                erreurs.add(cellules[1].strip() + " : ni lien vers une classe, ni « — »");
            }
        }
        assertThat(termes).as("termes du glossaire").isPositive();
        assertThat(erreurs).as("termes du glossaire sans classe").isEmpty();
    }

    /**
     * A backticked text is taken for a repository path when it has no space nor placeholder and its first part is a
     * file or folder of the repository (or of the document's folder): {@code portal/src/…}, {@code deploy/README.md}.
     * Other texts with a slash are addresses of the portal ({@code /compte}, {@code js/cles-acces.js}) or patterns.
     */
    private static java.util.Optional<String> cheminAbsent(Path document, String cite) {
        if (!cite.contains("/") || cite.matches(".*[\\s<>*{}$?=:|,;()\\[\\]].*") || cite.startsWith("/")) {
            return java.util.Optional.empty();
        }
        for (var base : List.of(document.getParent(), RACINE)) {
            var chemin = base.resolve(cite).normalize();
            if (!chemin.startsWith(RACINE) || chemin.equals(RACINE)) {
                continue; // outside the repository (../shared): not ours to check
            }
            var relatif = RACINE.relativize(chemin);
            var premier = base.resolve(Path.of(cite).getName(0)).normalize();
            var produit = false;
            for (var partie : relatif) {
                produit |= PRODUITS.contains(partie.toString());
            }
            if (produit || Path.of(cite).getName(0).toString().equals("..") || !Files.exists(premier)) {
                continue;
            }
            return Files.exists(chemin) ? java.util.Optional.empty()
                    : java.util.Optional.of("« " + cite + " » n’existe pas dans le dépôt");
        }
        return java.util.Optional.empty();
    }

    /** A class named with one of the portal's packages must have its source file in a module. */
    private static java.util.Optional<String> classeAbsente(String cite) {
        var m = CLASSE_QUALIFIEE.matcher(cite);
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        var paquet = m.group(1).substring(0, m.group(1).length() - 1).replace('.', '/');
        var premier = paquet.split("/")[0];
        var modules = List.of("backend", "portal", "themes");
        var sources = List.of("src/main/java/fr/portailcep", "src/test/java/fr/portailcep");
        var paquetDuPortail = modules.stream().flatMap(mod -> sources.stream().map(s -> RACINE.resolve(mod).resolve(s)))
                .anyMatch(s -> Files.isDirectory(s.resolve(premier)));
        if (!paquetDuPortail) {
            return java.util.Optional.empty(); // a library's class (org.springframework…), or not a class at all
        }
        var existe = modules.stream().flatMap(mod -> sources.stream().map(s -> RACINE.resolve(mod).resolve(s)))
                .anyMatch(s -> Files.isRegularFile(s.resolve(paquet).resolve(m.group(2) + ".java")));
        return existe ? java.util.Optional.empty()
                : java.util.Optional.of("la classe « " + cite + " » n’existe pas (fr/portailcep/" + paquet + "/"
                        + m.group(2) + ".java)");
    }

    private static boolean estUnLibelleDeLien(String texte, Matcher m) {
        var avant = m.start() > 0 ? texte.charAt(m.start() - 1) : ' ';
        var apres = texte.startsWith("](", m.end());
        return avant == '[' && apres;
    }

    private static List<Path> documents() {
        try (Stream<Path> fichiers = Files.walk(RACINE)) {
            var documents = fichiers
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> {
                        for (var partie : RACINE.relativize(p)) {
                            if (PRODUITS.contains(partie.toString()) || partie.toString().equals("frontend")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted().toList();
            assertThat(documents).contains(RACINE.resolve("README.md"), RACINE.resolve("docs/glossaire.md"),
                    RACINE.resolve("docs/conventions.md"));
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sansBlocsDeCode(String texte) {
        // Keep the line count, so that the reported line numbers stay right.
        return BLOC_DE_CODE.matcher(texte)
                .replaceAll(r -> Matcher.quoteReplacement(r.group().replaceAll("[^\\n]", " ")));
    }

    private static String lieu(Path document, String texte, int position) {
        var ligne = texte.substring(0, position).chars().filter(c -> c == '\n').count() + 1;
        return RACINE.relativize(document) + ":" + ligne + " : ";
    }

    private static String lire(Path fichier) {
        try {
            return Files.readString(fichier);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's root: the tests run in {@code portal/}, the README and {@code docs/} are one level up. */
    private static Path racine() {
        var dossier = Path.of("").toAbsolutePath();
        while (dossier != null) {
            if (Files.isRegularFile(dossier.resolve("README.md")) && Files.isDirectory(dossier.resolve("docs"))
                    && Files.isDirectory(dossier.resolve("backend"))) {
                return dossier.normalize();
            }
            dossier = dossier.getParent();
        }
        throw new IllegalStateException("Racine du dépôt introuvable depuis " + Path.of("").toAbsolutePath());
    }
}
