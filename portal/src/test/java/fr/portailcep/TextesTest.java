package fr.portailcep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import fr.portailcep.compte.EvenementConnexion;
import fr.portailcep.compte.Role;

/**
 * Every text key the code uses exists in a bundle, and no bundle uses a straight apostrophe (MessageFormat would
 * swallow it and the text after it).
 */
class TextesTest {

    private static final Pattern CLE_LITTERALE = Pattern.compile(
            "(?:getTranslation|textes\\.get|\\.get)\\(\\s*\"([a-zA-Z0-9_]+(?:\\.[a-zA-Z0-9_]+)+)\"");

    private static Properties toutesLesCles() throws IOException {
        var cles = new Properties();
        for (var ressource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            try (var lecteur = new java.io.InputStreamReader(ressource.getInputStream(), StandardCharsets.UTF_8)) {
                cles.load(lecteur);
            }
        }
        return cles;
    }

    @Test
    void aucune_apostrophe_droite_dans_les_textes() throws IOException {
        var fautifs = new ArrayList<String>();
        for (var ressource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            var textes = new Properties();
            try (var lecteur = new java.io.InputStreamReader(ressource.getInputStream(), StandardCharsets.UTF_8)) {
                textes.load(lecteur);
            }
            textes.forEach((cle, valeur) -> {
                if (valeur.toString().contains("'")) {
                    fautifs.add(ressource.getFilename() + " : " + cle);
                }
            });
        }
        assertThat(fautifs).as("Écrire ’ (U+2019) au lieu de '").isEmpty();
    }

    @Test
    void chaque_cle_utilisee_dans_le_code_existe() throws IOException {
        var cles = toutesLesCles();
        var manquantes = new TreeSet<String>();
        try (Stream<Path> fichiers = Stream.concat(Files.walk(Path.of("src/main/java")),
                Files.walk(Path.of("../backend/src/main/java")))) {
            fichiers.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                try {
                    var m = CLE_LITTERALE.matcher(Files.readString(f));
                    while (m.find()) {
                        if (!cles.containsKey(m.group(1)) && m.group(1).contains(".") && !m.group(1).startsWith("spring.")
                                && !m.group(1).startsWith("portail.") && !m.group(1).startsWith("java.")) {
                            manquantes.add(m.group(1) + " (" + f.getFileName() + ")");
                        }
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertThat(manquantes).isEmpty();
    }

    /** The keys of the HTML-first pages ({@code #{cle}} and {@code #{cle(…)}} in {@code pages/**}, DD020). */
    private static final Pattern CLE_DE_GABARIT = Pattern.compile("#\\{([a-zA-Z0-9_-]+(?:\\.[a-zA-Z0-9_-]+)+)[}(]");

    @Test
    void chaque_cle_utilisee_dans_une_page_html_existe() throws IOException {
        var cles = toutesLesCles();
        var manquantes = new TreeSet<String>();
        try (Stream<Path> fichiers = Files.walk(Path.of("src/main/resources/pages"))) {
            fichiers.filter(f -> f.toString().endsWith(".html")).forEach(f -> {
                try {
                    var m = CLE_DE_GABARIT.matcher(Files.readString(f));
                    while (m.find()) {
                        if (!cles.containsKey(m.group(1))) {
                            manquantes.add(m.group(1) + " (" + f.getFileName() + ")");
                        }
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertThat(manquantes).as("clés des gabarits de pages absentes des textes").isEmpty();
    }

    @Test
    void les_familles_de_cles_construites_sont_completes() throws IOException {
        var cles = toutesLesCles();
        for (var role : Role.values()) {
            assertThat(cles).containsKey("role." + role.name());
        }
        for (var evenement : EvenementConnexion.values()) {
            assertThat(cles).containsKey("journal." + evenement.name());
        }
        for (var erreur : new String[] {"annule", "existe", "indisponible", "erreur"}) {
            assertThat(cles).containsKey("cles.erreur." + erreur);
        }
        for (var erreur : new String[] {"annule", "refuse", "indisponible", "erreur"}) {
            assertThat(cles).containsKey("connexion.cle.erreur." + erreur);
        }
        // mediation
        for (var etat : fr.portailcep.mediation.EtatSaisine.values()) {
            assertThat(cles).containsKey("mediation.etat." + etat.name()).containsKey("mediation.personne.etat." + etat.name());
        }
        for (var origine : fr.portailcep.mediation.OrigineSaisine.values()) {
            assertThat(cles).containsKey("mediation.origine." + origine.name());
        }
        for (var issue : fr.portailcep.mediation.IssueSaisine.values()) {
            assertThat(cles).containsKey("mediation.issue." + issue.name());
        }
        for (var acte : fr.portailcep.mediation.ActeSaisine.values()) {
            assertThat(cles).containsKey("mediation.refus.acte." + acte.name());
        }
        // satisfaction
        for (var niveau : fr.portailcep.satisfaction.Niveau.values()) {
            assertThat(cles).containsKey("satisfaction.niveau." + niveau.name());
        }
        for (var question : fr.portailcep.satisfaction.Question.values()) {
            assertThat(cles).containsKey("satisfaction.question." + question.name());
        }
        for (var uo : java.util.List.of("UO1", "UO2_1", "UO2_2")) {
            assertThat(cles).containsKey("satisfaction.uo." + uo).containsKey("qualite.uo." + uo);
        }
        for (var mois = 1; mois <= 12; mois++) {
            assertThat(cles).containsKey("qualite.mois." + mois);
        }
    }
}
