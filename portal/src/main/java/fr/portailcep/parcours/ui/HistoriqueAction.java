package fr.portailcep.parcours.ui;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Function;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import fr.portailcep.parcours.ActionPlan;
import fr.portailcep.parcours.NatureRevision;
import fr.portailcep.shared.Formats;

/** Every revision of an action, newest first: who, when, what, and the comment or reason given. */
class HistoriqueAction extends OrderedList {

    HistoriqueAction(ActionPlan action, ZoneId zone, Function<UUID, String> nomDe, boolean vuParLaPersonne) {
        addClassName("pc-historique");
        setId("historique-action");
        action.revisions().stream().sorted(Comparator.comparing(r -> r.horodatage(), Comparator.reverseOrder()))
                .forEach(r -> {
                    var auteur = r.auteurId().isEmpty() ? getTranslation("plan.historique.systeme")
                            : vuParLaPersonne && r.parBeneficiaire() ? getTranslation("plan.historique.vous")
                            : nomDe.apply(r.auteurId().get());
                    var quand = new Span(Formats.francais().dateHeure(r.horodatage(), zone));
                    quand.addClassName("pc-frise-date");
                    var quoi = new Span(auteur + " – " + quoi(r.nature(), r.statut().name(), r.intitule(),
                            r.echeance().map(Formats.francais()::date).orElse(null)));
                    quoi.addClassName("pc-historique-quoi");
                    var item = new ListItem(new Div(quand, quoi));
                    Elements.motif(this, r.raisonPause(), r.texte()).ifPresent(t -> {
                        var texte = new Paragraph(t);
                        texte.addClassName("pc-historique-texte");
                        item.add(texte);
                    });
                    add(item);
                });
    }

    private String quoi(NatureRevision nature, String statut, String intitule, String echeance) {
        return switch (nature) {
            case STATUT -> getTranslation("plan.historique.STATUT", getTranslation("plan.statut." + statut));
            case MODIFICATION -> getTranslation("plan.historique.MODIFICATION", intitule,
                    echeance == null ? getTranslation("plan.echeance.aucune") : echeance);
            default -> getTranslation("plan.historique." + nature.name());
        };
    }
}
