package fr.portailcep.parcours.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

import fr.portailcep.parcours.EtapeParcours;
import fr.portailcep.parcours.LigneHistorique;
import fr.portailcep.shared.Formats;

/** The history of the dossier, newest first, and the timeline the person sees. */
class OngletHistorique extends Div {

    OngletHistorique(boolean avecDossier, List<LigneHistorique> historique, List<EtapeParcours> frise, Clock horloge) {
        addClassName("pc-onglet");
        var section = new Section(new H2(getTranslation("historique.titre")));
        section.addClassName("pc-carte");
        section.setId("historique-dossier");
        var liste = new OrderedList();
        liste.addClassName("pc-historique");
        historique.forEach(e -> liste.add(evenement(e, horloge)));
        if (!avecDossier) {
            section.add(new Paragraph(getTranslation("historique.aucun")));
        }
        section.add(liste);
        add(section);

        var vue = new Section(new H2(getTranslation("historique.frise")),
                new Paragraph(getTranslation("historique.frise.texte")), new FriseParcours(frise, LocalDate.now(horloge)));
        vue.addClassName("pc-carte");
        add(vue);
    }

    private ListItem evenement(LigneHistorique e, Clock horloge) {
        var quand = new Span(Formats.francais().dateHeure(e.horodatage(), horloge.getZone()));
        quand.addClassName("pc-frise-date");
        var quoi = new Span(getTranslation("evenement." + e.type().name(), e.uo().map(u -> u.libelle()).orElse(""),
                e.numero().map(n -> n.affiche()).orElse(""),
                e.motifCloture().map(m -> getTranslation("motif." + m.name())).orElse(""), e.cible()));
        quoi.addClassName("pc-historique-quoi");
        var auteur = new Span(e.auteur().orElse(getTranslation("plan.historique.systeme")));
        auteur.addClassName("pc-objet-details");
        var item = new ListItem(new Div(quand, quoi, auteur));
        e.texte().ifPresent(t -> {
            var texte = new Paragraph(t);
            texte.addClassName("pc-historique-texte");
            item.add(texte);
        });
        item.addClassName("pc-evenement-" + e.type().name().toLowerCase());
        return item;
    }
}
