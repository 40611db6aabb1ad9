package fr.portailcep.parcours.ui;

import fr.portailcep.shared.ui.Badge;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

import com.vaadin.flow.component.datepicker.DatePicker;

import fr.portailcep.parcours.Bornes;
import fr.portailcep.parcours.RaisonPause;
import fr.portailcep.parcours.Libelle;
import fr.portailcep.shared.Formats;
import fr.portailcep.parcours.StatutAction;

/** Small pieces shared by the views of the parcours. */
final class Elements {

    private Elements() {
    }

    static Span badgeStatut(Component traducteur, StatutAction statut) {
        return new Badge(traducteur.getTranslation("plan.statut." + statut.name()), switch (statut) {
            case FAITE -> "succes";
            case EN_PAUSE -> "attention";
            case ABANDONNEE, ANNULEE -> "neutre";
            default -> null;
        });
    }

    /**
     * Offers only the days the rule allows (an answer of the domain), and says why beside the field when a day typed
     * is out of them.
     */
    static void bornes(DatePicker date, Bornes bornes, String cleAvant, String cleApres) {
        date.setMin(bornes.du());
        date.setMax(bornes.au());
        var i18n = date.getI18n();
        i18n.setMinErrorMessage(date.getTranslation(cleAvant));
        i18n.setMaxErrorMessage(date.getTranslation(cleApres));
        date.setI18n(i18n);
    }

    /** Why an action is paused, given up or cancelled: the reason chosen (translated) and the text added. */
    static Optional<String> motif(Component traducteur, Optional<RaisonPause> raison, Optional<String> texte) {
        var morceaux = new java.util.ArrayList<String>();
        raison.ifPresent(r -> morceaux.add(traducteur.getTranslation(r.cle())));
        texte.ifPresent(morceaux::add);
        return morceaux.isEmpty() ? Optional.empty() : Optional.of(String.join(" – ", morceaux));
    }

    /** "Libellé : valeur" on one line, the label in grey. */
    static Div ligne(String libelle, String valeur) {
        var l = new Span(libelle);
        l.addClassName("pc-ligne-libelle");
        var v = new Span(valeur == null || valeur.isBlank() ? "—" : valeur);
        v.addClassName("pc-ligne-valeur");
        var ligne = new Div(l, v);
        ligne.addClassName("pc-ligne");
        return ligne;
    }

    /** A text of the read models in words: its key translated, dates as days, nested texts translated first. */
    static String texte(Component traducteur, Libelle libelle) {
        var arguments = libelle.arguments().stream().map(a -> switch (a) {
            case Libelle l -> texte(traducteur, l);
            case LocalDate d -> Formats.francais().date(d);
            default -> a;
        }).toArray();
        return traducteur.getTranslation(libelle.cle(), arguments);
    }

    /** The id of the route, or a "page not found" for anything else (never a hint that it exists elsewhere). */
    static Optional<UUID> identifiant(BeforeEnterEvent evenement) {
        try {
            return evenement.getRouteParameters().get("id").map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static void introuvable(BeforeEnterEvent evenement) {
        evenement.rerouteToError(NotFoundException.class);
    }
}
