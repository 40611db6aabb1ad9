package fr.portailcep.satisfaction.ui;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.reclamation.IndicateursReclamations;
import fr.portailcep.reclamation.ReclamationsService;
import fr.portailcep.satisfaction.Indicateur81;
import fr.portailcep.satisfaction.Indicateur87;
import fr.portailcep.satisfaction.IndicateursSatisfaction;
import fr.portailcep.satisfaction.SatisfactionService;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.EspaceProLayout;
import fr.portailcep.shared.ui.Graphique;
import fr.portailcep.shared.ui.GraphiqueSvg;

/**
 * The manager's quality page over the last twelve months of their sites: indicator 8.1 by month, by unit of work and
 * by site, the comments; and from the réclamations, indicator 8.7, réclamations by motive and the share answered
 * within 45 days. Each chart has its data table.
 */
@Route(value = QualiteView.CHEMIN, layout = EspaceProLayout.class)
@RolesAllowed("MANAGER")
public class QualiteView extends Div implements HasDynamicTitle {

    static final String CHEMIN = "espace-pro/qualite";
    private static final Logger LOG = LoggerFactory.getLogger(QualiteView.class);
    private static final int MOIS = 12;
    private static final int COMMENTAIRES_MAX = 30;

    public QualiteView(SatisfactionService satisfaction, ReclamationsService reclamations, Clock horloge) {
        addClassNames("pc-page", "pc-page-large", "pc-qualite");
        var au = YearMonth.now(horloge);
        var du = au.minusMonths(MOIS - 1L);
        add(new H1(getTranslation("qualite.titre")),
                new Paragraph(getTranslation("qualite.intro", mois(du).replace('\n', ' '), mois(au).replace('\n', ' '))));
        satisfaction(satisfaction.indicateurs(du, au));
        reclamations(reclamations, du, au);
    }

    private void satisfaction(IndicateursSatisfaction i) {
        var section = new Section();
        section.setId("qualite-satisfaction");
        var definition = new Paragraph(getTranslation("qualite.definition"));
        definition.addClassName("pc-avis");
        var chiffres = new DescriptionList();
        chiffres.addClassName("pc-chiffres");
        chiffre(chiffres, "qualite.chiffre.part", texte(i.ensemble().valeur()));
        chiffre(chiffres, "qualite.chiffre.reponses", String.valueOf(i.ensemble().reponses()));
        chiffre(chiffres, "qualite.chiffre.enquetes", String.valueOf(i.enquetes()));
        section.add(new H2(getTranslation("qualite.satisfaction")), definition, chiffres);

        section.add(graphique81("graphique-81-mois", GraphiqueSvg.Sorte.COURBE, "qualite.g.mois", "qualite.col.mois",
                i.parMois(), m -> mois((YearMonth) m)));
        section.add(graphique81("graphique-81-uo", GraphiqueSvg.Sorte.BARRES, "qualite.g.uo", "qualite.col.uo",
                i.parUo(), uo -> getTranslation("qualite.uo." + uo)));
        section.add(graphique81("graphique-81-site", GraphiqueSvg.Sorte.BARRES, "qualite.g.site", "qualite.col.site",
                i.parSite(), String::valueOf));

        var commentaires = new Section();
        commentaires.setId("qualite-commentaires");
        commentaires.add(new H2(getTranslation("qualite.commentaires")));
        if (i.commentaires().isEmpty()) {
            commentaires.add(new Paragraph(getTranslation("qualite.commentaires.aucun")));
        } else {
            var liste = new UnorderedList();
            liste.addClassName("pc-qualite-commentaires");
            i.commentaires().stream().limit(COMMENTAIRES_MAX).forEach(c -> {
                var entete = new Span(getTranslation("qualite.commentaire.entete",
                        Formats.francais().dateAbregee(c.closeLe()), getTranslation("qualite.uo." + c.uo()), c.site(),
                        getTranslation(Indicateur81.positive(c.reponse()) ? "qualite.commentaire.positif"
                                : c.reponse().complete() ? "qualite.commentaire.negatif"
                                        : "qualite.commentaire.incomplet")));
                entete.addClassName("pc-qualite-commentaire-entete");
                var texte = new Paragraph(c.texte());
                liste.add(new ListItem(entete, texte));
            });
            commentaires.add(liste);
        }
        section.add(commentaires);
        add(section);
    }

    private <K> Graphique graphique81(String id, GraphiqueSvg.Sorte sorte, String cleTitre, String cleColonne,
            Map<K, Indicateur81.Part> parts, java.util.function.Function<Object, String> libelle) {
        var points = new ArrayList<GraphiqueSvg.Point>();
        var details = new ArrayList<List<String>>();
        parts.forEach((cle, part) -> {
            var valeur = part.valeur();
            points.add(new GraphiqueSvg.Point(libelle.apply(cle), valeur.isPresent() ? valeur.getAsDouble() : null,
                    court(valeur)));
            details.add(List.of(String.valueOf(part.positives()), String.valueOf(part.reponses())));
        });
        return new Graphique(id, sorte, getTranslation(cleTitre), description(points), points, 1, this::pourcent,
                List.of(getTranslation(cleColonne), getTranslation("qualite.col.part")),
                List.of(getTranslation("qualite.col.positives"), getTranslation("qualite.col.reponses")), details);
    }

    private void reclamations(ReclamationsService service, YearMonth du, YearMonth au) {
        var section = new Section();
        section.setId("qualite-reclamations");
        section.add(new H2(getTranslation("qualite.reclamations")));
        IndicateursReclamations i;
        try {
            i = service.indicateurs(du, au);
        } catch (UnsupportedOperationException e) {
            LOG.info("Indicateurs des réclamations pas encore disponibles : {}", e.getMessage());
            var absent = new Paragraph(getTranslation("qualite.reclamations.absentes"));
            absent.setId("qualite-reclamations-absentes");
            absent.addClassName("pc-avis");
            section.add(absent);
            add(section);
            return;
        }
        var chiffres = new DescriptionList();
        chiffres.addClassName("pc-chiffres");
        chiffre(chiffres, "qualite.chiffre.87", texte(Indicateur87.saisinesDuMediateur(i)));
        chiffre(chiffres, "qualite.chiffre.recues",
                String.valueOf(i.mois().stream().mapToInt(IndicateursReclamations.Mois::recues).sum()));
        section.add(new Paragraph(getTranslation("qualite.definition.87")), chiffres);

        var points87 = new ArrayList<GraphiqueSvg.Point>();
        var details87 = new ArrayList<List<String>>();
        var pointsDelais = new ArrayList<GraphiqueSvg.Point>();
        var detailsDelais = new ArrayList<List<String>>();
        for (var m : i.mois()) {
            var p87 = Indicateur87.saisinesDuMediateur(m);
            points87.add(new GraphiqueSvg.Point(mois(m.mois()), p87.isPresent() ? p87.getAsDouble() : null, court(p87)));
            details87.add(List.of(String.valueOf(m.porteesAuMediateur()), String.valueOf(m.recues())));
            var delais = Indicateur87.reponduesDansLesDelais(m);
            pointsDelais.add(new GraphiqueSvg.Point(mois(m.mois()), delais.isPresent() ? delais.getAsDouble() : null,
                    court(delais)));
            detailsDelais.add(List.of(String.valueOf(m.reponduesDansLesDelais()), String.valueOf(m.repondues()),
                    String.valueOf(m.recues())));
        }
        section.add(new Graphique("graphique-87", GraphiqueSvg.Sorte.COURBE, getTranslation("qualite.g.87"),
                description(points87), points87, 1, this::pourcent,
                List.of(getTranslation("qualite.col.mois"), getTranslation("qualite.col.part")),
                List.of(getTranslation("qualite.col.mediateur"), getTranslation("qualite.col.recues")), details87));
        var maxMotifs = i.parMotif().stream().mapToInt(IndicateursReclamations.ParMotif::recues).max().orElse(0);
        var pointsMotifs = i.parMotif().stream().map(p -> new GraphiqueSvg.Point(
                p.motif().libelle(), (double) p.recues(), String.valueOf(p.recues())))
                .toList();
        section.add(new Graphique("graphique-motifs", GraphiqueSvg.Sorte.BARRES, getTranslation("qualite.g.motifs"),
                description(pointsMotifs), pointsMotifs, Math.max(4, maxMotifs), v -> String.valueOf(Math.round(v)),
                List.of(getTranslation("qualite.col.motif"), getTranslation("qualite.col.recues")), List.of(),
                List.of()));
        section.add(new Graphique("graphique-45-jours", GraphiqueSvg.Sorte.BARRES, getTranslation("qualite.g.45"),
                description(pointsDelais), pointsDelais, 1, this::pourcent,
                List.of(getTranslation("qualite.col.mois"), getTranslation("qualite.col.part")),
                List.of(getTranslation("qualite.col.dansdelais"), getTranslation("qualite.col.repondues"),
                        getTranslation("qualite.col.recues")),
                detailsDelais));
        add(section);
    }

    /** What the chart shows, read out by screen readers before its table. */
    private String description(List<GraphiqueSvg.Point> points) {
        var avecValeur = points.stream().filter(p -> p.valeur() != null).toList();
        if (avecValeur.isEmpty()) {
            return getTranslation("qualite.description.vide");
        }
        return getTranslation("qualite.description", avecValeur.size(), points.size(),
                String.join(", ", avecValeur.stream().map(p -> p.libelle().replace('\n', ' ') + " : " + p.texte())
                        .toList()));
    }

    private String mois(YearMonth m) {
        return getTranslation("qualite.mois." + m.getMonthValue()) + "\n" + m.getYear();
    }

    /** A share as written on the chart and its axis: a whole number ("67 %"), so that neighbours do not overlap. */
    private String pourcent(double part) {
        return getTranslation("qualite.pourcent", Math.round(part * 100));
    }

    private String court(OptionalDouble part) {
        return part.isPresent() ? pourcent(part.getAsDouble()) : getTranslation("qualite.sansvaleur");
    }

    private String texte(OptionalDouble part) {
        return part.isPresent() ? Formats.francais().pourcentage(part.getAsDouble())
                : getTranslation("qualite.sansvaleur");
    }

    private void chiffre(DescriptionList liste, String cle, String valeur) {
        var libelle = new DescriptionList.Term(getTranslation(cle));
        libelle.addClassName("pc-chiffre-libelle");
        var chiffre = new DescriptionList.Description(valeur);
        chiffre.addClassName("pc-chiffre-valeur");
        var bloc = new Div(libelle, chiffre);
        bloc.addClassName("pc-chiffre");
        liste.add(bloc);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("qualite.titre") + " – " + getTranslation("portail.nom");
    }
}
