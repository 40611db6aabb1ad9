package fr.portailcep.parcours.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import fr.portailcep.parcours.EtapeParcours;
import fr.portailcep.shared.Formats;

/**
 * The parcours as a timeline: an ordered list (read in order by a screen reader), what is done before the marker
 * "Aujourd'hui", what comes after it.
 */
class FriseParcours extends OrderedList {

    FriseParcours(List<EtapeParcours> etapes, LocalDate aujourdhui) {
        addClassName("pc-frise");
        setId("frise");
        var aujourdhuiPlace = false;
        for (var etape : etapes) {
            if (!aujourdhuiPlace && etape.date().isAfter(aujourdhui)) {
                add(marqueur(aujourdhui));
                aujourdhuiPlace = true;
            }
            add(element(etape, !etape.date().isAfter(aujourdhui)));
        }
        if (!aujourdhuiPlace) {
            add(marqueur(aujourdhui));
        }
    }

    private ListItem marqueur(LocalDate aujourdhui) {
        var item = new ListItem(new Span(getTranslation("parcours.frise.aujourdhui", Formats.francais().date(aujourdhui))));
        item.addClassName("pc-frise-aujourdhui");
        return item;
    }

    private ListItem element(EtapeParcours etape, boolean passee) {
        var date = new Span(Formats.francais().date(etape.date()));
        date.addClassName("pc-frise-date");
        var titre = new Span(Elements.texte(this, etape.titre()));
        titre.addClassName("pc-frise-titre");
        var contenu = new Div(date, titre);
        etape.detail().map(d -> Elements.texte(this, d)).filter(d -> !d.isBlank()).ifPresent(d -> {
            var detail = new Paragraph(d);
            detail.addClassName("pc-frise-detail");
            contenu.add(detail);
        });
        var item = new ListItem(contenu);
        item.addClassNames("pc-frise-etape", "pc-frise-" + etape.nature().name().toLowerCase().replace('_', '-'),
                passee ? "pc-frise-passee" : "pc-frise-avenir");
        return item;
    }
}
