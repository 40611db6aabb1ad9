package fr.portailcep.parcours.ui;

import fr.portailcep.shared.ui.Badge;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

import fr.portailcep.parcours.Libelle;
import fr.portailcep.parcours.StatutAction;
import fr.portailcep.shared.DatesFr;

/** Small pieces shared by the views of the parcours. */
final class Elements {

    private static final DateTimeFormatter JOUR_HEURE = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm",
            Locale.FRANCE);

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
            case LocalDate d -> DatesFr.jour(d);
            default -> a;
        }).toArray();
        return traducteur.getTranslation(libelle.cle(), arguments);
    }

    static String jourHeure(Instant instant, ZoneId zone) {
        return instant == null ? "" : JOUR_HEURE.format(instant.atZone(zone));
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
