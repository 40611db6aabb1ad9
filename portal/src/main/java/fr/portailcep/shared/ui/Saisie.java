package fr.portailcep.shared.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * What every text field of the portal does: {@link #limiter} stops the field at its column's length, and once the
 * text comes close to it a counter says so under the field ("180 / 200 caractères"), so that a pasted text cut by
 * the browser is never cut silently. The refusals of the server are shown beside their fields by {@link Formulaire}.
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

    private static void compter(TextFieldBase<?, String> champ, int longueurMax) {
        var seuil = (int) Math.ceil(longueurMax * SEUIL_COMPTEUR);
        // EAGER, never LAZY nor TIMEOUT: the counter follows the typing, and a text is never lost on a click. With a
        // debounced mode, flow-client (25.2, Debouncer.flushAll, run by the click) sends only the LAST buffered
        // "input" event's property sync, and a second "input" event carrying the same text (a pasted or filled text
        // with line breaks: one event per line, dictation, an IME) has a no-op sync: the server keeps the OLD text.
        if (champ.getValueChangeMode() != ValueChangeMode.EAGER) {
            champ.setValueChangeMode(ValueChangeMode.EAGER);
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
