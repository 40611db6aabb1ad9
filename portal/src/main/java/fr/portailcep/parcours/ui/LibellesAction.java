package fr.portailcep.parcours.ui;

import java.util.ArrayList;

import com.vaadin.flow.component.Component;

import fr.portailcep.parcours.ActionPlan;
import fr.portailcep.parcours.Referentiel;
import fr.portailcep.parcours.Referentiels;

/** What an action is, in words: "Prestation : Bilan de compétences", "Formation – financement : CPF". */
final class LibellesAction {

    private LibellesAction() {
    }

    static String nature(Component t, ActionPlan action, Referentiels referentiels) {
        var morceaux = new ArrayList<String>();
        morceaux.add(t.getTranslation("plan.nature." + action.nature().name()));
        action.typeCode().ifPresent(code -> action.nature().referentielType()
                .ifPresent(r -> morceaux.add(referentiels.libelle(r, code))));
        if (action.nature().aUnFinancement()) {
            morceaux.add(action.financementCode()
                    .map(code -> t.getTranslation("plan.financement", referentiels.libelle(Referentiel.FINANCEMENT_FORMATION, code)))
                    .orElse(t.getTranslation("plan.financement.adefinir")));
        }
        return String.join(" – ", morceaux);
    }
}
