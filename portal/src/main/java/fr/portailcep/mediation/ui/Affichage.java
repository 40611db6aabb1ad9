package fr.portailcep.mediation.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;

import fr.portailcep.mediation.EtatSaisine;
import fr.portailcep.mediation.MediationService;
import fr.portailcep.mediation.VueSaisine;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.Introuvable;
import fr.portailcep.shared.ui.Badge;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Saisie;

/** What the médiation screens show the same way: the state, a thread, a text kept as typed, the form of a message. */
final class Affichage {

    private Affichage() {
    }

    static UUID identifiant(BeforeEnterEvent evenement) {
        try {
            return evenement.getRouteParameters().get("id").map(UUID::fromString).orElseThrow(Introuvable::new);
        } catch (IllegalArgumentException e) {
            throw new Introuvable();
        }
    }

    static Badge etat(Component traducteur, EtatSaisine etat) {
        var variante = switch (etat) {
            case RECUE -> "attention";
            case RECEVABLE -> "succes";
            case IRRECEVABLE, CLOSE -> "neutre";
        };
        return new Badge(traducteur.getTranslation("mediation.etat." + etat.name()), variante);
    }

    /** A text typed by someone, its line breaks kept. */
    static Paragraph texte(String texte) {
        var p = new Paragraph(texte == null ? "" : texte);
        p.addClassName("pc-mediation-texte");
        return p;
    }

    /** A term and its value, for a short description list. */
    static Div ligne(String terme, String valeur) {
        var t = new Span(terme);
        t.addClassName("pc-mediation-terme");
        var v = new Span(valeur);
        var div = new Div(t, v);
        div.addClassName("pc-mediation-ligne");
        return div;
    }

    /** A term above a text typed by someone. */
    static Div bloc(String terme, String texte) {
        var t = new Span(terme);
        t.addClassName("pc-mediation-terme");
        var div = new Div(t, texte(texte));
        div.addClassName("pc-mediation-bloc");
        return div;
    }

    /** A thread, oldest first; the messages of {@code deMoi} on one side. */
    static Component fil(Component traducteur, List<VueSaisine.Message> messages, boolean vuParLeMediateur,
            ZoneId zone, String id) {
        if (messages.isEmpty()) {
            var vide = new Paragraph(traducteur.getTranslation("mediation.fil.vide"));
            vide.setId(id);
            return vide;
        }
        var liste = new OrderedList();
        liste.addClassName("pc-fil");
        liste.setId(id);
        for (var m : messages) {
            var deMoi = m.duMediateur() == vuParLeMediateur;
            var auteur = new Span(deMoi ? traducteur.getTranslation("mediation.fil.vous") : m.auteur());
            auteur.addClassName("pc-message-auteur");
            var quand = new Span(Formats.francais().dateSansAnneeHeure(m.le(), zone));
            quand.addClassName("pc-message-quand");
            var entete = new Div(auteur, quand);
            entete.addClassName("pc-message-entete");
            var texte = new Paragraph(m.texte());
            texte.addClassName("pc-message-texte");
            var bulle = new Div(entete, texte);
            bulle.addClassName("pc-message-bulle");
            var item = new ListItem(bulle);
            item.addClassNames("pc-message", deMoi ? "pc-message-moi" : "pc-message-autre");
            liste.add(item);
        }
        return liste;
    }

    /** A thread with its title, and the form to write in it when {@code ecrire} is given. */
    static Section sectionFil(Component traducteur, String titre, String id, List<VueSaisine.Message> messages,
            boolean vuParLeMediateur, ZoneId zone, Optional<Consumer<String>> ecrire) {
        var section = new Section(new H2(titre), fil(traducteur, messages, vuParLeMediateur, zone, id + "-messages"));
        section.addClassName("pc-carte");
        section.setId(id);
        ecrire.ifPresent(envoi -> section.add(formulaireMessage(traducteur, id, envoi)));
        return section;
    }

    static Div formulaireMessage(Component traducteur, String id, Consumer<String> envoi) {
        var texte = new TextArea(traducteur.getTranslation("mediation.message.champ"));
        texte.setId(id + "-texte");
        texte.setWidthFull();
        texte.setMinRows(3);
        Saisie.limiter(texte, MediationService.LONGUEUR_MESSAGE);
        var formulaire = Formulaire.libre().obligatoire("texte", texte, "mediation.refus.message.vide");
        var envoyer = new Button(traducteur.getTranslation("mediation.message.envoyer"));
        envoyer.setId(id + "-envoyer");
        envoyer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        formulaire.soumettre(envoyer, x -> envoi.accept(texte.getValue()));
        var div = new Div(texte, formulaire.erreurs(), envoyer);
        div.addClassName("pc-formulaire");
        return div;
    }
}
