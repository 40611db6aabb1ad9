package fr.portailcep.shared.courriel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import fr.portailcep.shared.Gabarits;
import fr.portailcep.shared.TextesDeTest;

/**
 * Every template of a courriel, found on the classpath, rendered in HTML and in plain text with a sample model: the
 * footer names the médiateur de France compétences, what a person typed stays text, and no key is missing. A new
 * template without its sample here fails the test.
 */
class GabaritsCourrielsTest {

    private static final String TAPE = "Inès <script>alert(1)</script> & Cie";

    /** A sample model per template of {@code templates/courriels/} (the layout is rendered through them). */
    private static final Map<String, Map<String, Object>> EXEMPLES = Map.of(
            MiseEnPage.GABARIT, Map.of("courriel", Courriel.a("ines@exemple.fr")
                    .sujet("Votre rendez-vous")
                    .salutation("Bonjour " + TAPE + ",")
                    .paragraphe("Vous avez écrit : " + TAPE)
                    .code("042917")
                    .bouton("Voir « " + TAPE + " »", "https://portail.exemple.fr/lien?jeton=a&secret=<b>")
                    .paragraphe("Dernier paragraphe.")));

    private final Gabarits gabarits = TextesDeTest.gabarits();

    private static final fr.portailcep.shared.Textes TEXTES = TextesDeTest.textes();

    private static TreeSet<String> gabaritsDeCourriel() throws IOException {
        var noms = new TreeSet<String>();
        Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:templates/courriels/*.*"))
                .map(r -> r.getFilename())
                .filter(nom -> !nom.startsWith("mise-en-page."))
                .forEach(nom -> noms.add("courriels/" + nom.substring(0, nom.lastIndexOf('.'))));
        return noms;
    }

    @Test
    void chaque_gabarit_de_courriel_a_son_exemple() throws IOException {
        assertThat(gabaritsDeCourriel()).isNotEmpty().isEqualTo(new TreeSet<>(EXEMPLES.keySet()));
    }

    @Test
    void chaque_gabarit_rendu_en_html_et_en_texte_porte_le_mediateur_sans_cle_manquante() throws IOException {
        for (var nom : gabaritsDeCourriel()) {
            var modele = EXEMPLES.get(nom);
            var html = gabarits.rendre(nom + ".html", modele);
            var texte = gabarits.rendre(nom + ".txt", modele);
            for (var rendu : new String[] {html, texte}) {
                assertThat(rendu).as(nom + " : le pied avec le médiateur, tel que l’écrivent les textes")
                        .contains(TEXTES.get("courriel.mediateur.titre")).contains(TEXTES.get("courriel.mediateur.texte"));
                assertThat(rendu).as(nom).contains("médiateur de France compétences").contains("11 rue Scribe")
                        .contains("L’équipe du Conseil en évolution professionnelle")
                        .doesNotContain("??").doesNotContain("#{").doesNotContain("${").doesNotContain("[(")
                        .doesNotContain(" th:").doesNotContain("[#").doesNotContain("/*[-");
            }
            assertThat(html).as(nom).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">")
                    .contains("Portail CEP – Conseil en évolution professionnelle")
                    .doesNotContain("<script>").contains("Inès &lt;script&gt;alert(1)&lt;/script&gt; &amp; Cie")
                    .contains("href=\"https://portail.exemple.fr/lien?jeton=a&amp;secret=&lt;b&gt;\"");
            assertThat(texte).as(nom).contains(TAPE).doesNotContain("&lt;").doesNotContain("<p");
        }
    }

    @Test
    void la_version_texte_suit_l_ordre_des_blocs() {
        var texte = new MiseEnPage(gabarits).rendre(Courriel.a("x@exemple.fr").sujet("Sujet")
                .salutation("Bonjour Inès,").paragraphe("Premier.").code("042917")
                .bouton("Ouvrir", "https://exemple.fr/a").paragraphe("Dernier.")).texte();
        assertThat(texte).startsWith("Bonjour Inès,\n\nPremier.\n\n042917\n\nOuvrir : https://exemple.fr/a\n\nDernier.\n\n"
                + "L’équipe du Conseil en évolution professionnelle\n\n-- \nVous n’êtes pas satisfait ?\n")
                .endsWith("écrivez-nous depuis votre espace sur le portail.\n");
    }
}
