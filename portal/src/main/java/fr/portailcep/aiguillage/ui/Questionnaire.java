package fr.portailcep.aiguillage.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import fr.portailcep.aiguillage.DejaSuivi;
import fr.portailcep.aiguillage.Employeur;
import fr.portailcep.aiguillage.Motif;
import fr.portailcep.aiguillage.OrigineDemarche;
import fr.portailcep.aiguillage.Reponses;
import fr.portailcep.aiguillage.Situation;
import fr.portailcep.aiguillage.TrancheAge;

/**
 * The aiguillage questions, as large choices to tap. The questions that do not concern the person are hidden
 * (employer and cadre only for employees). Each missing answer is said under its question; nothing chosen is lost.
 */
class Questionnaire extends Div {

    final RadioButtonGroup<Situation> situation = new RadioButtonGroup<>();
    final RadioButtonGroup<Employeur> employeur = new RadioButtonGroup<>();
    final RadioButtonGroup<Boolean> cadre = new RadioButtonGroup<>();
    final RadioButtonGroup<TrancheAge> age = new RadioButtonGroup<>();
    final RadioButtonGroup<Boolean> handicap = new RadioButtonGroup<>();
    final RadioButtonGroup<DejaSuivi> dejaSuivi = new RadioButtonGroup<>();
    final RadioButtonGroup<Motif> motif = new RadioButtonGroup<>();
    final TextField codePostalDomicile = new TextField();
    final TextField codePostalTravail = new TextField();
    final Select<OrigineDemarche> origine = new Select<>();

    private final Map<String, Component> champs;

    Questionnaire() {
        addClassName("pc-questions");
        radio(situation, "situation", "aiguillage.question.situation", Situation.values(), "aiguillage.situation.", false);
        radio(employeur, "employeur", "aiguillage.question.employeur", Employeur.values(), "aiguillage.employeur.", false);
        ouiNon(cadre, "cadre", "aiguillage.question.cadre");
        radio(age, "age", "aiguillage.question.age", TrancheAge.values(), "aiguillage.age.", false);
        ouiNon(handicap, "handicap", "aiguillage.question.handicap");
        radio(dejaSuivi, "deja-suivi", "aiguillage.question.dejasuivi", DejaSuivi.values(), "aiguillage.dejasuivi.", true);
        radio(motif, "motif", "aiguillage.question.motif", Motif.values(), "aiguillage.motif.", false);
        codePostal(codePostalDomicile, "cp-domicile", "aiguillage.question.domicile", true);
        codePostalDomicile.setHelperText(getTranslation("aiguillage.question.domicile.aide"));
        codePostal(codePostalTravail, "cp-travail", "aiguillage.question.travail", false);
        origine.setId("origine");
        origine.setLabel(getTranslation("aiguillage.question.origine"));
        origine.setItems(OrigineDemarche.values());
        origine.setItemLabelGenerator(o -> getTranslation("aiguillage.origine." + o.name()));
        origine.setValue(OrigineDemarche.INDIVIDUELLE);

        employeur.setVisible(false);
        cadre.setVisible(false);
        situation.addValueChangeListener(e -> adapter());
        employeur.addValueChangeListener(e -> adapter());

        var situationCarte = carte(situation, employeur, cadre, age, handicap, dejaSuivi);
        var demandeCarte = carte(motif, codePostalDomicile, codePostalTravail, origine);
        add(situationCarte, demandeCarte);
        champs = Map.of("situation", situation, "employeur", employeur, "cadre", cadre, "age", age,
                "handicap", handicap, "dejaSuivi", dejaSuivi, "motif", motif,
                "codePostalDomicile", codePostalDomicile, "codePostalTravail", codePostalTravail);
    }

    Reponses reponses() {
        return new Reponses(situation.getValue(), employeur.getValue(), cadre.getValue(), dejaSuivi.getValue(),
                handicap.getValue(), age.getValue(), codePostalDomicile.getValue(), codePostalTravail.getValue(),
                motif.getValue(), origine.getValue());
    }

    /** Says each error beside its question, clears the others, and puts the focus on the first one. */
    boolean verifier() {
        var erreurs = reponses().erreurs();
        Component premier = null;
        for (var champ : new String[] {"situation", "employeur", "cadre", "age", "handicap", "dejaSuivi", "motif",
                "codePostalDomicile", "codePostalTravail"}) {
            var composant = champs.get(champ);
            var validable = (HasValidation) composant;
            if (erreurs.containsKey(champ)) {
                validable.setErrorMessage(getTranslation(erreurs.get(champ)));
                validable.setInvalid(true);
                if (premier == null) {
                    premier = composant;
                }
            } else {
                validable.setInvalid(false);
            }
        }
        if (premier instanceof Focusable<?> f) {
            f.focus();
        } else if (premier != null) {
            premier.getElement().executeJs("this.querySelector('input') && this.querySelector('input').focus();"
                    + "this.scrollIntoView({block: 'center'})");
        }
        return erreurs.isEmpty();
    }

    private void adapter() {
        var salarie = situation.getValue() == Situation.SALARIE;
        employeur.setVisible(salarie);
        cadre.setVisible(salarie && employeur.getValue() == Employeur.PRIVE);
    }

    private <T extends Enum<T>> void radio(RadioButtonGroup<T> groupe, String id, String question, T[] valeurs,
            String prefixe, boolean enLigne) {
        groupe.setId(id);
        groupe.setLabel(getTranslation(question));
        groupe.setItems(valeurs);
        groupe.setItemLabelGenerator(v -> getTranslation(prefixe + v.name()));
        groupe.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        groupe.setRequiredIndicatorVisible(true);
        groupe.setManualValidation(true);
        if (enLigne) {
            groupe.removeThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            groupe.addClassName("pc-question-ligne");
        }
    }

    private void ouiNon(RadioButtonGroup<Boolean> groupe, String id, String question) {
        groupe.setId(id);
        groupe.setLabel(getTranslation(question));
        groupe.setItems(Boolean.TRUE, Boolean.FALSE);
        groupe.setItemLabelGenerator(b -> getTranslation(b ? "aiguillage.oui" : "aiguillage.non"));
        groupe.setRequiredIndicatorVisible(true);
        groupe.setManualValidation(true);
        groupe.addClassName("pc-question-ligne");
    }

    private void codePostal(TextField champ, String id, String libelle, boolean obligatoire) {
        champ.setId(id);
        champ.setLabel(getTranslation(libelle));
        champ.setMaxLength(6);
        champ.setWidthFull();
        champ.setManualValidation(true);
        champ.setRequiredIndicatorVisible(obligatoire);
        champ.getElement().setAttribute("inputmode", "numeric");
        champ.getElement().setAttribute("autocomplete", obligatoire ? "postal-code" : "off");
    }

    private static Div carte(Component... contenu) {
        var carte = new Div(contenu);
        carte.addClassName("pc-carte");
        return carte;
    }
}
