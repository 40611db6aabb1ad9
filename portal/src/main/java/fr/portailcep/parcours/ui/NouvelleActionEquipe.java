package fr.portailcep.parcours.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fr.portailcep.parcours.NatureAction;
import fr.portailcep.parcours.NouvelleAction;
import fr.portailcep.parcours.Objectif;
import fr.portailcep.parcours.PlanActionsService;
import fr.portailcep.parcours.Referentiel;
import fr.portailcep.parcours.Referentiels;
import fr.portailcep.parcours.ValeurReference;
import fr.portailcep.shared.ui.Dates;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Saisie;

/**
 * The form where the conseiller adds an action to an objective, with the annexe 2 reference tables: its kind, the
 * sub-type the kind has (a complementary service, a work discovery), the funding of a training. Every rule (a
 * title, a sub-type for the kinds that have one, known codes) is the plan's: its refusals are shown beside the
 * fields.
 */
class NouvelleActionEquipe extends Div {

    NouvelleActionEquipe(List<Objectif> objectifs, PlanActionsService plan, Referentiels referentiels,
            Runnable ajoutee) {
        addClassName("pc-formulaire");
        var objectif = new Select<Objectif>();
        objectif.setLabel(getTranslation("dossier.plan.objectif.choix"));
        objectif.setItems(objectifs);
        objectif.setItemLabelGenerator(Objectif::intitule);
        objectif.setValue(objectifs.getLast());
        objectif.setId("objectif-action");
        var nature = new Select<NatureAction>();
        nature.setLabel(getTranslation("dossier.plan.nature"));
        nature.setItems(NatureAction.values());
        nature.setItemLabelGenerator(n -> getTranslation("plan.nature." + n.name()));
        nature.setValue(NatureAction.DEMARCHE_PERSONNELLE);
        nature.setId("nature-action");
        var type = new Select<ValeurReference>();
        type.setLabel(getTranslation("dossier.plan.type"));
        type.setItemLabelGenerator(ValeurReference::libelle);
        type.setId("type-action");
        var financement = OngletPlan.selectReference(this, referentiels, Referentiel.FINANCEMENT_FORMATION,
                "dossier.plan.financement");
        financement.setId("financement-action");
        // What each kind of action asks for is the kind's own answer (NatureAction).
        Runnable selonNature = () -> {
            var n = nature.getValue();
            type.setVisible(n != null && n.referentielType().isPresent());
            type.clear();
            n.referentielType().ifPresent(r -> type.setItems(referentiels.valeurs(r)));
            financement.setVisible(n != null && n.aUnFinancement());
        };
        nature.addValueChangeListener(e -> selonNature.run());
        selonNature.run();
        var intitule = new TextField(getTranslation("dossier.plan.intitule"));
        intitule.setId("intitule-action");
        intitule.setWidthFull();
        Saisie.limiter(intitule, NouvelleAction.LONGUEUR_INTITULE);
        var precisions = new TextArea(getTranslation("dossier.plan.precisions"));
        precisions.setId("precisions-action");
        precisions.setWidthFull();
        Saisie.limiter(precisions, NouvelleAction.LONGUEUR_PRECISIONS);
        var echeance = Dates.selecteur(getTranslation("dossier.plan.echeance"));
        echeance.setId("echeance-action");
        var formulaire = Formulaire.libre()
                .champ("objectif", objectif)
                .champ("nature", nature)
                .champ("typeCode", type)
                .champ("financementCode", financement)
                .obligatoire("intitule", intitule, "plan.refus.intitule.vide")
                .champ("precisions", precisions)
                .champ("echeance", echeance);
        var ajouter = new Button(getTranslation("dossier.plan.action.ajouter"));
        ajouter.setId("ajouter-action");
        ajouter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        formulaire.soumettre(ajouter, x -> {
            var n = nature.getValue();
            plan.ajouterAction(objectif.getValue().id(), new NouvelleAction(n,
                    type.isVisible() ? OngletPlan.code(type) : null,
                    financement.isVisible() ? OngletPlan.code(financement) : null,
                    intitule.getValue(), precisions.getValue(), echeance.getValue()));
            ajoutee.run();
        });
        var ligne = new Div(objectif, nature, type, financement);
        ligne.addClassName("pc-formulaire-ligne");
        add(ligne, intitule, echeance, precisions, formulaire.erreurs(), ajouter);
    }
}
