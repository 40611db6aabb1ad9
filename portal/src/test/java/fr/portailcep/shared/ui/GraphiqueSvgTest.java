package fr.portailcep.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The server-side SVG charts: well-formed, an image with a name for assistive technologies, the text escaped. */
class GraphiqueSvgTest {

    private static final List<GraphiqueSvg.Point> POINTS = List.of(
            new GraphiqueSvg.Point("nov.\n2026", 0.75, "75,0 %"),
            new GraphiqueSvg.Point("déc.\n2026", null, "–"),
            new GraphiqueSvg.Point("<script>alert(1)</script> & « Site »", 0.5, "50,0 %"));

    @Test
    void des_barres_sont_une_image_nommee_par_son_titre_et_sa_description() throws Exception {
        var svg = GraphiqueSvg.rendre(GraphiqueSvg.Sorte.BARRES, "g1", "Réponses positives par mois",
                "2 valeurs sur 3", POINTS, 1, v -> Math.round(v * 100) + " %");
        var document = lire(svg);
        var racine = document.getDocumentElement();
        assertThat(racine.getTagName()).isEqualTo("svg");
        assertThat(racine.getAttribute("role")).isEqualTo("img");
        assertThat(racine.getAttribute("aria-labelledby")).isEqualTo("g1-titre g1-desc");
        assertThat(document.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Réponses positives par mois");
        assertThat(document.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("2 valeurs sur 3");
        // One bar per point with a value; nothing drawn for the month without one.
        assertThat(document.getElementsByTagName("rect").getLength()).isEqualTo(2);
        assertThat(svg).contains(">75,0 %<").contains(">50,0 %<").contains(">0 %<").contains(">100 %<");
        // A label on two lines, and a label typed by someone stays text.
        assertThat(svg).contains(">nov.<").contains(">2026<");
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&amp; « Site »");
    }

    @Test
    void une_bar_de_100_pour_cent_occupe_toute_la_hauteur_utile_et_une_de_50_la_moitie() throws Exception {
        var document = lire(GraphiqueSvg.rendre(GraphiqueSvg.Sorte.BARRES, "g", "t", "d",
                List.of(new GraphiqueSvg.Point("a", 1.0, "100 %"), new GraphiqueSvg.Point("b", 0.5, "50 %")), 1,
                String::valueOf));
        var barres = document.getElementsByTagName("rect");
        var pleine = Double.parseDouble(((org.w3c.dom.Element) barres.item(0)).getAttribute("height"));
        var moitie = Double.parseDouble(((org.w3c.dom.Element) barres.item(1)).getAttribute("height"));
        assertThat(moitie * 2).isCloseTo(pleine, org.assertj.core.data.Offset.offset(0.2));
        assertThat(pleine).isEqualTo(GraphiqueSvg.HAUTEUR - GraphiqueSvg.HAUT - GraphiqueSvg.BAS);
    }

    @Test
    void une_courbe_relie_les_points_qui_ont_une_valeur() throws Exception {
        var svg = GraphiqueSvg.rendre(GraphiqueSvg.Sorte.COURBE, "g2", "Courbe", "d", POINTS, 1, String::valueOf);
        var document = lire(svg);
        assertThat(document.getElementsByTagName("circle").getLength()).isEqualTo(2);
        var ligne = (org.w3c.dom.Element) document.getElementsByTagName("polyline").item(0);
        assertThat(ligne.getAttribute("points").split(" ")).hasSize(2);
        // Drawn under the points.
        assertThat(svg.indexOf("<polyline")).isLessThan(svg.indexOf("<circle"));
    }

    @Test
    void sans_aucun_point_le_graphique_reste_une_image_valide() throws Exception {
        var document = lire(GraphiqueSvg.rendre(GraphiqueSvg.Sorte.COURBE, "g3", "Vide", "Pas de valeur", List.of(),
                0, String::valueOf));
        assertThat(document.getElementsByTagName("polyline").getLength()).isZero();
        assertThat(document.getDocumentElement().getAttribute("role")).isEqualTo("img");
    }

    @Test
    void un_long_libelle_passe_a_la_ligne_entre_les_mots_sur_trois_lignes_au_plus() {
        assertThat(GraphiqueSvg.lignes("Délai de réponse trop long", 12)).containsExactly("Délai de", "réponse trop",
                "long");
        assertThat(GraphiqueSvg.lignes("nov.\n2026", 12)).containsExactly("nov.", "2026");
        assertThat(GraphiqueSvg.lignes("La confidentialité", 10)).containsExactly("La", "confident…");
        var coupe = GraphiqueSvg.lignes("un deux trois quatre cinq six sept huit", 6);
        assertThat(coupe).hasSize(3);
        assertThat(coupe.getLast()).endsWith("…");
    }

    private static Document lire(String svg) throws Exception {
        var usine = DocumentBuilderFactory.newInstance();
        usine.setNamespaceAware(true);
        return usine.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
