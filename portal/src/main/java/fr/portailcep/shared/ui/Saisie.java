package fr.portailcep.shared.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;

import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.Saisies;

/**
 * The same two things for every text field of the portal:
 * <ul>
 * <li>{@link #limiter}: the field stops at its column's length, and once the text comes close to it a counter says
 * so under the field ("180 / 200 caractères"), so that a pasted text cut by the browser is never cut silently;</li>
 * <li>{@link #montrer} (deprecated: {@link Formulaire} does it): the refusals of the server
 * ({@link SaisieRefusee}, field by field) are shown in French beside their fields, which keep what was typed.</li>
 * </ul>
 */
public final class Saisie {

    /** The counter shows from this share of the limit on. */
    static final double SEUIL_COMPTEUR = 0.8;

    private Saisie() {
    }

    public static TextField limiter(TextField champ, int longueurMax) {
        champ.setMaxLength(longueurMax);
        champ.setManualValidation(true);
        compter(champ, longueurMax);
        return champ;
    }

    public static TextArea limiter(TextArea champ, int longueurMax) {
        champ.setMaxLength(longueurMax);
        champ.setManualValidation(true);
        compter(champ, longueurMax);
        return champ;
    }

    /**
     * Shows each refusal beside its field (the first one gets the focus).
     *
     * @return whether every refused field is on the form (otherwise the caller says it elsewhere)
     * @deprecated the one form layer is {@link Formulaire}: bind the fields under the names the server uses and let
     *             {@link Formulaire#soumettre} or {@link Formulaire#executer} show the refusals. Kept until the last
     *             views are converted.
     */
    @Deprecated(forRemoval = true)
    public static boolean montrer(SaisieRefusee refus, Map<String, ? extends TextFieldBase<?, ?>> champs) {
        var tous = true;
        TextFieldBase<?, ?> premier = null;
        for (var erreur : refus.erreurs().entrySet()) {
            var champ = champs.get(erreur.getKey());
            if (champ == null) {
                tous = false;
                continue;
            }
            champ.setErrorMessage(texte(champ, erreur.getValue()));
            champ.setInvalid(true);
            if (premier == null) {
                premier = champ;
            }
        }
        if (premier != null) {
            premier.focus();
        }
        return tous;
    }

    /** The French text of a refusal. */
    public static String texte(Component traducteur, Saisies.Refus refus) {
        return traducteur.getTranslation(refus.cle(), refus.argumentsEnTableau());
    }

    /** The French text of the first refusal (for a form with one field, or a refusal of no field shown). */
    public static String texte(Component traducteur, SaisieRefusee refus) {
        return texte(traducteur, refus.erreurs().values().iterator().next());
    }

    private static void compter(TextFieldBase<?, String> champ, int longueurMax) {
        var seuil = (int) Math.ceil(longueurMax * SEUIL_COMPTEUR);
        if (champ.getValueChangeMode() == ValueChangeMode.ON_CHANGE || champ.getValueChangeMode() == ValueChangeMode.ON_BLUR) {
            champ.setValueChangeMode(ValueChangeMode.LAZY);
        }
        // The field's own help, read when the counter first shows (a view may set it after this call).
        var aide = new String[1];
        var affiche = new boolean[1];
        champ.addValueChangeListener(e -> {
            var longueur = e.getValue() == null ? 0 : e.getValue().length();
            if (longueur < seuil) {
                if (affiche[0]) {
                    champ.setHelperText(aide[0]);
                    affiche[0] = false;
                }
                return;
            }
            if (!affiche[0]) {
                aide[0] = champ.getHelperText();
                affiche[0] = true;
            }
            var compteur = champ.getTranslation(longueur == longueurMax ? "saisie.compteur.atteint" : "saisie.compteur",
                    longueur, longueurMax);
            champ.setHelperText(aide[0] == null || aide[0].isBlank() ? compteur : aide[0] + " " + compteur);
        });
        champ.addClassName("pc-champ-limite");
    }
}
