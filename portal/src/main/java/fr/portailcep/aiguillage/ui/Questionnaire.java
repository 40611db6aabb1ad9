package fr.portailcep.aiguillage.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
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
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.ui.Formulaire;

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

    private final Formulaire<Object> formulaire = Formulaire.libre();

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
        // The rules are those of Reponses, not the components' own checks (a maxlength would refuse with no text).
        formulaire.binder().setDefaultValidatorsEnabled(false);
        // Bound under the names {@link Reponses#erreurs()} uses, in the order of the page (the first refused
        // question gets the focus).
        formulaire.champ("situation", situation).champ("employeur", employeur).champ("cadre", cadre)
                .champ("age", age).champ("handicap", handicap).champ("dejaSuivi", dejaSuivi).champ("motif", motif)
                .champ("codePostalDomicile", codePostalDomicile).champ("codePostalTravail", codePostalTravail)
                .champ("origine", origine);
    }

    Reponses reponses() {
        return new Reponses(situation.getValue(), employeur.getValue(), cadre.getValue(), dejaSuivi.getValue(),
                handicap.getValue(), age.getValue(), codePostalDomicile.getValue(), codePostalTravail.getValue(),
                motif.getValue(), origine.getValue());
    }

    /** The form of the questions, where the view wires its button and shows the refusals. */
    Formulaire<Object> formulaire() {
        return formulaire;
    }

    /**
     * Says beside each question what {@link Reponses#erreurs()} finds missing or wrong (the rule is there), keeps
     * every answer, and brings the first refused question into view.
     *
     * @return whether the answers are complete
     */
    boolean verifier() {
        formulaire.effacer();
        var erreurs = reponses().erreurs();
        if (erreurs.isEmpty()) {
            return true;
        }
        var refus = new LinkedHashMap<String, Saisies.Refus>();
        erreurs.forEach((champ, cle) -> refus.put(champ, Saisies.Refus.de(cle)));
        formulaire.montrer(new SaisieRefusee(refus));
        // A group of choices takes no focus of its own: its first choice does.
        Map.<String, Component>of("situation", situation, "employeur", employeur, "cadre", cadre, "age", age,
                "handicap", handicap, "dejaSuivi", dejaSuivi, "motif", motif).entrySet().stream()
                .filter(e -> e.getKey().equals(erreurs.keySet().iterator().next())).findFirst()
                .ifPresent(e -> e.getValue().getElement().executeJs("const i = this.querySelector('input');"
                        + "if (i) { i.focus(); } this.scrollIntoView({block: 'center'})"));
        return false;
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
