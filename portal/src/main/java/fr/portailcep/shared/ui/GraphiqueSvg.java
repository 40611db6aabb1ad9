package fr.portailcep.shared.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * A small chart drawn on the server as SVG, with no script: bars or a line over labelled points, a title, a value
 * axis with its grid, and the value written on each point. The SVG is an image for assistive technologies
 * ({@code role="img"}, {@code <title>} and {@code <desc>} named by {@code aria-labelledby}); the figures themselves
 * are given to them by the data table that goes with every chart ({@link Graphique}). Colours are the theme's
 * (classes styled in {@code portail/portail.css}, with the theme's colours as fallback attributes).
 */
public final class GraphiqueSvg {

    /** How the points are drawn. */
    public enum Sorte {
        BARRES, COURBE
    }

    /**
     * One point of the chart.
     *
     * @param libelle its label under the axis ("\n" starts a second line)
     * @param valeur its value, null when there is none (nothing drawn, "–" written)
     * @param texte the value as written above the point and in the table
     */
    public record Point(String libelle, Double valeur, String texte) {
    }

    static final int LARGEUR = 640;
    static final int HAUTEUR = 300;
    private static final int GAUCHE = 56;
    private static final int DROITE = 16;
    static final int HAUT = 24;
    static final int BAS = 68;
    private static final int LIGNES_MAX = 3;
    private static final int GRADUATIONS = 4;

    private GraphiqueSvg() {
    }

    /**
     * @param id a unique id in the page (for the title's and description's ids)
     * @param max the top of the value axis (1 for a share)
     * @param etiquette how a value of the axis is written ("50 %")
     */
    public static String rendre(Sorte sorte, String id, String titre, String description, List<Point> points,
            double max, DoubleFunction<String> etiquette) {
        var haut = max <= 0 ? 1 : max;
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pc-graphique-svg\" viewBox=\"0 0 ")
                .append(LARGEUR).append(' ').append(HAUTEUR).append("\" role=\"img\" focusable=\"false\"")
                .append(" aria-labelledby=\"").append(echapper(id)).append("-titre ").append(echapper(id))
                .append("-desc\">");
        svg.append("<title id=\"").append(echapper(id)).append("-titre\">").append(echapper(titre)).append("</title>");
        svg.append("<desc id=\"").append(echapper(id)).append("-desc\">").append(echapper(description))
                .append("</desc>");
        var largeurUtile = LARGEUR - GAUCHE - DROITE;
        var hauteurUtile = HAUTEUR - HAUT - BAS;
        // The value axis: a grid line and its label at each graduation.
        for (var i = 0; i <= GRADUATIONS; i++) {
            var valeur = haut * i / GRADUATIONS;
            var y = HAUT + hauteurUtile - hauteurUtile * i / (double) GRADUATIONS;
            svg.append("<line class=\"").append(i == 0 ? "pc-graphique-axe" : "pc-graphique-grille")
                    .append("\" x1=\"").append(GAUCHE).append("\" x2=\"").append(LARGEUR - DROITE)
                    .append("\" y1=\"").append(n(y)).append("\" y2=\"").append(n(y)).append("\" stroke=\"")
                    .append(i == 0 ? "#4a5561" : "#c9d1d9").append("\"/>");
            svg.append("<text class=\"pc-graphique-etiquette\" x=\"").append(GAUCHE - 8).append("\" y=\"")
                    .append(n(y + 4)).append("\" text-anchor=\"end\" fill=\"#4a5561\">")
                    .append(echapper(etiquette.apply(valeur))).append("</text>");
        }
        var nombre = Math.max(points.size(), 1);
        var pas = largeurUtile / (double) nombre;
        var courbe = new StringBuilder();
        for (var i = 0; i < points.size(); i++) {
            var p = points.get(i);
            var centre = GAUCHE + pas * i + pas / 2;
            if (p.valeur() != null) {
                var hauteur = hauteurUtile * Math.min(Math.max(p.valeur(), 0), haut) / haut;
                var y = HAUT + hauteurUtile - hauteur;
                if (sorte == Sorte.BARRES) {
                    var largeur = Math.min(pas * 0.6, 72);
                    svg.append("<rect class=\"pc-graphique-barre\" x=\"").append(n(centre - largeur / 2))
                            .append("\" y=\"").append(n(y)).append("\" width=\"").append(n(largeur))
                            .append("\" height=\"").append(n(hauteur)).append("\" fill=\"#0b4f8a\"/>");
                } else {
                    courbe.append(courbe.isEmpty() ? "" : " ").append(n(centre)).append(',').append(n(y));
                    svg.append("<circle class=\"pc-graphique-point\" cx=\"").append(n(centre)).append("\" cy=\"")
                            .append(n(y)).append("\" r=\"5\" fill=\"#0b4f8a\"/>");
                }
                svg.append("<text class=\"pc-graphique-valeur\" x=\"").append(n(centre)).append("\" y=\"")
                        .append(n(y - 8)).append("\" text-anchor=\"middle\" fill=\"#1b1f23\">")
                        .append(echapper(p.texte())).append("</text>");
            }
            var lignes = lignes(p.libelle(), (int) Math.max(4, pas / 7.5));
            for (var l = 0; l < lignes.size(); l++) {
                svg.append("<text class=\"pc-graphique-libelle\" x=\"").append(n(centre)).append("\" y=\"")
                        .append(HAUTEUR - BAS + 20 + 16 * l).append("\" text-anchor=\"middle\" fill=\"#1b1f23\">")
                        .append(echapper(lignes.get(l))).append("</text>");
            }
        }
        if (sorte == Sorte.COURBE && !courbe.isEmpty()) {
            // Drawn under the points: inserted before the first circle.
            var ligne = "<polyline class=\"pc-graphique-ligne\" fill=\"none\" stroke=\"#0b4f8a\" stroke-width=\"3\" "
                    + "points=\"" + courbe + "\"/>";
            var premier = svg.indexOf("<circle");
            svg.insert(premier, ligne);
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A label cut into lines that fit under its point: at each "\n", then between words; at most three lines, the
     * last one ended by "…" when the label is longer (the table gives it whole).
     */
    static java.util.List<String> lignes(String libelle, int largeur) {
        var lignes = new java.util.ArrayList<String>();
        for (var morceau : (libelle == null ? "" : libelle).split("\n")) {
            var ligne = new StringBuilder();
            for (var entier : morceau.strip().split("\\s+")) {
                // A word wider than its column is cut: it would run into its neighbour's label.
                var mot = entier.length() > largeur ? entier.substring(0, Math.max(1, largeur - 1)) + "…" : entier;
                if (!ligne.isEmpty() && ligne.length() + 1 + mot.length() > largeur) {
                    lignes.add(ligne.toString());
                    ligne.setLength(0);
                }
                ligne.append(ligne.isEmpty() ? "" : " ").append(mot);
            }
            lignes.add(ligne.toString());
        }
        if (lignes.size() > LIGNES_MAX) {
            var fin = lignes.subList(0, LIGNES_MAX);
            var derniere = fin.get(LIGNES_MAX - 1);
            fin.set(LIGNES_MAX - 1, (derniere.length() >= largeur ? derniere.substring(0, largeur - 1) : derniere) + "…");
            return new java.util.ArrayList<>(fin);
        }
        return lignes;
    }

    /** Text in SVG: the five characters of XML escaped, the control characters dropped. */
    static String echapper(String texte) {
        if (texte == null) {
            return "";
        }
        var sortie = new StringBuilder(texte.length());
        texte.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sortie.append("&amp;");
                case '<' -> sortie.append("&lt;");
                case '>' -> sortie.append("&gt;");
                case '"' -> sortie.append("&quot;");
                case '\'' -> sortie.append("&#39;");
                default -> {
                    if (c >= 0x20 && c != 0x7F) {
                        sortie.appendCodePoint(c);
                    }
                }
            }
        });
        return sortie.toString();
    }

    private static String n(double valeur) {
        return String.format(Locale.ROOT, "%.1f", valeur);
    }
}
