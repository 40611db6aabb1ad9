package fr.portailcep.compte.ui;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;

import fr.portailcep.compte.ConnexionParCourriel;
import fr.portailcep.compte.DemandeCode;
import fr.portailcep.compte.Verification;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Origine;

/**
 * The second step of sign-in by email: type the 6-digit code received. Each refusal is said beside the field,
 * in plain French, and the field keeps what was typed.
 */
public class SaisieCode extends Div {

    private final TextField code = new TextField();
    private final Formulaire<Object> formulaire = Formulaire.libre().champ("code", code);
    private final Button valider = new Button();
    private final Button nouveauCode = new Button();
    private final Button autreAdresse = new Button();

    private final Consumer<String> surTicket;

    public SaisieCode(DemandeCode.Envoyee envoi, ConnexionParCourriel connexion, Clock horloge, Runnable redemander,
            Runnable changerAdresse) {
        this(envoi, connexion, horloge, redemander, changerAdresse, null);
    }

    /**
     * @param changerAdresse null when the address is not the person's to change (a confirmation of who they are)
     * @param surTicket what to do with the ticket of an accepted code; null to sign in with it
     */
    public SaisieCode(DemandeCode.Envoyee envoi, ConnexionParCourriel connexion, Clock horloge, Runnable redemander,
            Runnable changerAdresse, Consumer<String> surTicket) {
        this.surTicket = surTicket;
        addClassName("pc-saisie-code");
        var zone = horloge.getZone();
        var consigne = new Paragraph(getTranslation("connexion.code.envoye", envoi.email(),
                Formats.francais().heure(envoi.expireLe(), zone)));
        consigne.setId("code-envoye");
        consigne.getElement().setAttribute("role", "status");

        code.setId("code");
        code.setLabel(getTranslation("connexion.code.libelle"));
        code.setHelperText(getTranslation("connexion.code.aide"));
        code.setMaxLength(7);
        code.setAutofocus(true);
        code.setWidthFull();
        code.setManualValidation(true);
        code.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.addThemeVariants(TextFieldVariant.LUMO_ALIGN_CENTER);
        code.addClassName("pc-champ-code");

        valider.setText(getTranslation("connexion.code.valider"));
        valider.setId("valider-code");
        valider.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        valider.setWidthFull();
        valider.addClickShortcut(Key.ENTER).listenOn(code);
        formulaire.soumettre(valider, rien -> verifier(envoi.jeton(), connexion, horloge));

        nouveauCode.setText(getTranslation("connexion.code.nouveau"));
        nouveauCode.setId("nouveau-code");
        nouveauCode.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        nouveauCode.addClickListener(e -> redemander.run());
        autreAdresse.setText(getTranslation("connexion.code.autreadresse"));
        autreAdresse.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        autreAdresse.addClickListener(e -> changerAdresse.run());
        autreAdresse.setVisible(changerAdresse != null);
        var actions = new Div(nouveauCode, autreAdresse);
        actions.addClassName("pc-actions-secondaires");

        add(consigne, code, formulaire.erreurs(), valider, actions);
    }

    private void verifier(UUID jeton, ConnexionParCourriel connexion, Clock horloge) {
        var saisie = code.getValue() == null ? "" : code.getValue().replaceAll("\\s", "");
        if (!saisie.matches("\\d{6}")) {
            refuser("connexion.code.format");
            return;
        }
        switch (connexion.verifierCode(jeton, saisie, Origine.courante())) {
            case Verification.Valide valide -> {
                if (surTicket != null) {
                    surTicket.accept(valide.ticket());
                } else {
                    valider.setText(getTranslation("connexion.encours"));
                    Navigateur.posterTicket(this, valide.ticket());
                }
            }
            case Verification.Incorrect incorrect -> {
                if (incorrect.essaisRestants() == 1) {
                    refuser("connexion.code.incorrect.un");
                } else {
                    refuser("connexion.code.incorrect", incorrect.essaisRestants());
                }
            }
            case Verification.Patienter patienter -> refuser("connexion.code.patienter",
                    Math.max(1, (java.time.Duration.between(horloge.instant(), patienter.jusqua()).toMillis() + 999) / 1000));
            case Verification.Bloque bloque -> refuser("connexion.code.bloque");
            case Verification.Verrouillee verrou -> refuser("connexion.code.verrouille",
                    Formats.francais().heure(verrou.jusqua(), horloge.getZone()));
            case Verification.Expire expire -> refuser("connexion.code.expire");
            case Verification.DejaUtilise deja -> refuser("connexion.code.utilise");
            case Verification.Inconnu inconnu -> refuser("connexion.code.inconnu");
        }
    }

    /** Said beside the field, which keeps what was typed and gets the focus. */
    private void refuser(String cle, Object... arguments) {
        formulaire.refuser("code", cle, arguments);
    }
}
