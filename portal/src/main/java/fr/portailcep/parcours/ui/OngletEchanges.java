package fr.portailcep.parcours.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import fr.portailcep.compte.CompteService;
import fr.portailcep.parcours.DossiersEquipe;
import fr.portailcep.parcours.Interaction;
import fr.portailcep.parcours.ParcoursService;
import fr.portailcep.parcours.Referentiel;
import fr.portailcep.parcours.Referentiels;
import fr.portailcep.parcours.ValeurReference;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.ui.Saisie;

/** The log of interactions (annexe 2: date, contact mode, types of service), and a form to add one. */
class OngletEchanges extends Div {

    OngletEchanges(UUID beneficiaireId, boolean avecDossier, ParcoursService parcours, DossiersEquipe lectures,
            Referentiels referentiels,
            CompteService comptes, Clock horloge, Runnable rafraichir) {
        addClassName("pc-onglet");
        var journal = new Section(new H2(getTranslation("echanges.titre")));
        journal.addClassName("pc-carte");
        journal.setId("journal-echanges");
        var liste = new UnorderedList();
        liste.addClassName("pc-liste-objets");
        for (var i : lectures.interactions(beneficiaireId)) {
            var titre = new Span(Formats.francais().date(i.le()) + " – " + referentiels.libelle(Referentiel.MODE_CONTACT, i.modeContact()));
            titre.addClassName("pc-objet-titre");
            var services = new Span(i.typesService().stream()
                    .map(t -> referentiels.libelle(Referentiel.TYPE_SERVICE, t)).sorted().collect(Collectors.joining(" ; ")));
            services.addClassName("pc-objet-details");
            var qui = new Span(getTranslation("echanges.par", comptes.nomDe(i.conseillerId()),
                    i.uo().map(u -> u.libelle()).orElse("—")));
            qui.addClassName("pc-objet-details");
            var bloc = new Div(titre, services, qui);
            i.note().ifPresent(n -> bloc.add(new Paragraph(n)));
            var item = new ListItem(bloc);
            item.addClassName("pc-objet");
            liste.add(item);
        }
        if (liste.getChildren().findAny().isEmpty()) {
            journal.add(new Paragraph(getTranslation("echanges.aucun")));
        }
        journal.add(liste);
        add(journal);
        if (!avecDossier) {
            return;
        }

        var section = new Section(new H2(getTranslation("echanges.ajouter")));
        section.addClassName("pc-carte");
        section.setId("ajouter-echange");
        var aujourdhui = LocalDate.now(horloge);
        var date = fr.portailcep.shared.ui.Dates.selecteur(getTranslation("echanges.date"));
        date.setValue(aujourdhui);
        Elements.bornes(date, Interaction.datesPossibles(aujourdhui), "parcours.interaction.date.future",
                "parcours.interaction.date.future");
        date.setId("date-echange");
        var mode = new Select<ValeurReference>();
        mode.setLabel(getTranslation("echanges.mode"));
        mode.setItems(referentiels.valeurs(Referentiel.MODE_CONTACT));
        mode.setItemLabelGenerator(ValeurReference::libelle);
        mode.setId("mode-contact");
        var services = new CheckboxGroup<ValeurReference>();
        services.setLabel(getTranslation("echanges.services"));
        services.setItems(referentiels.valeurs(Referentiel.TYPE_SERVICE));
        services.setItemLabelGenerator(ValeurReference::libelle);
        services.setId("types-service");
        var note = new TextArea(getTranslation("echanges.note"));
        note.setWidthFull();
        note.setId("note-echange");
        Saisie.limiter(note, Interaction.LONGUEUR_NOTE);
        var formulaire = Formulaire.libre()
                .obligatoire("le", date, "parcours.interaction.date.future")
                .obligatoire("modeContact", mode, "parcours.interaction.mode.vide")
                .champ("typesService", services)
                .champ("note", note);
        var bouton = new Button(getTranslation("echanges.enregistrer"));
        bouton.setId("enregistrer-echange");
        bouton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        formulaire.soumettre(bouton, x -> {
            parcours.noterInteraction(beneficiaireId, date.getValue(), mode.getValue().code(),
                    services.getValue().stream().map(ValeurReference::code).collect(Collectors.toSet()),
                    note.getValue());
            Notification.show(getTranslation("echanges.ok"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            rafraichir.run();
        });
        var ligne = new Div(date, mode);
        ligne.addClassName("pc-formulaire-ligne");
        var zone = new Div(ligne, services, note, formulaire.erreurs(), bouton);
        zone.addClassName("pc-formulaire");
        section.add(zone);
        add(section);
    }
}
