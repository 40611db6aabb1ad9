package fr.portailcep.parcours.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fr.portailcep.parcours.NouvelleAction;
import fr.portailcep.parcours.Objectif;
import fr.portailcep.parcours.PlanActionsService;
import fr.portailcep.shared.ui.Dates;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Saisie;

/**
 * The form where the person proposes an action of their own: a title, the objective it serves (or "my ideas"), a
 * due date if any, details. The rules (a title, a due date not in the past) are the plan's: its refusals are shown
 * beside the fields.
 */
class PropositionAction extends Section {

    PropositionAction(List<Objectif> objectifs, PlanActionsService planService, Runnable proposee) {
        add(new H2(getTranslation("plan.proposer.titre")), new Paragraph(getTranslation("plan.proposer.texte")));
        addClassName("pc-carte");
        setId("proposer-action");
        var intitule = new TextField(getTranslation("plan.proposer.intitule"));
        intitule.setId("proposition-intitule");
        intitule.setWidthFull();
        Saisie.limiter(intitule, NouvelleAction.LONGUEUR_INTITULE);
        var objectif = new Select<Objectif>();
        objectif.setLabel(getTranslation("plan.proposer.objectif"));
        objectif.setItems(objectifs);
        objectif.setItemLabelGenerator(o -> o == null ? getTranslation("plan.proposer.objectif.aucun") : o.intitule());
        objectif.setEmptySelectionAllowed(true);
        objectif.setEmptySelectionCaption(getTranslation("plan.proposer.objectif.aucun"));
        objectif.setWidthFull();
        var echeance = Dates.selecteur(getTranslation("plan.proposer.echeance"));
        echeance.setId("proposition-echeance");
        echeance.setWidthFull();
        var precisions = new TextArea(getTranslation("plan.proposer.precisions"));
        precisions.setWidthFull();
        precisions.setId("proposition-precisions");
        Saisie.limiter(precisions, NouvelleAction.LONGUEUR_PRECISIONS);
        var formulaire = Formulaire.libre()
                .obligatoire("intitule", intitule, "plan.refus.intitule.vide")
                .champ("objectif", objectif)
                .champ("echeance", echeance)
                .champ("precisions", precisions);
        var bouton = new Button(getTranslation("plan.proposer.bouton"));
        bouton.setId("proposer");
        bouton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        bouton.setWidthFull();
        formulaire.soumettre(bouton, x -> {
            planService.proposer(objectif.getValue() == null ? null : objectif.getValue().id(), intitule.getValue(),
                    precisions.getValue(), echeance.getValue());
            proposee.run();
        });
        var champs = new Div(intitule, objectif, echeance, precisions, formulaire.erreurs(), bouton);
        champs.addClassName("pc-formulaire");
        add(champs);
    }
}
