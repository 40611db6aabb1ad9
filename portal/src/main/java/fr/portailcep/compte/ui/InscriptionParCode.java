package fr.portailcep.compte.ui;

import java.time.Clock;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.ConnexionParCourriel;
import fr.portailcep.compte.DemandeCode;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Origine;
import fr.portailcep.shared.ui.Saisie;

/**
 * The one way a person without an account confirms an address: first name, name (optional) and email address,
 * then a code sent to that address ({@link SaisieCode}); the code accepted, the person is signed in (their account
 * created if needed). Used by the sign-up page and by pages a person may reach without an account (a réclamation).
 * Too many requests, or a locked address, are said beside the address with the time to try again; what was typed
 * stays. A double click sends one code.
 */
public class InscriptionParCode extends Div {

    /**
     * The texts that differ from one page to the other (i18n keys).
     *
     * @param nomAide the name's help, or null
     * @param intro a sentence above the fields, or null
     */
    public record Textes(String prenom, String nom, String nomAide, String emailAide, String envoyer, String intro) {
    }

    private final ConnexionParCourriel connexion;
    private final Clock horloge;
    private final Runnable avantCode;
    private final TextField prenom = new TextField();
    private final TextField nom = new TextField();
    private final EmailField email = new EmailField();
    private final Div formulaire;
    private final Formulaire<Object> saisie;

    /** @param avantCode run when the code is sent (e.g. {@link ApresConnexion#allerA}), or null */
    public InscriptionParCode(ConnexionParCourriel connexion, Clock horloge, Textes textes, Runnable avantCode) {
        this.connexion = connexion;
        this.horloge = horloge;
        this.avantCode = avantCode;
        prenom.setId("prenom");
        prenom.setLabel(getTranslation(textes.prenom()));
        Saisie.limiter(prenom, Saisies.LONGUEUR_NOM);
        prenom.setWidthFull();
        prenom.getElement().setAttribute("autocomplete", "given-name");
        nom.setId("nom");
        nom.setLabel(getTranslation(textes.nom()));
        if (textes.nomAide() != null) {
            nom.setHelperText(getTranslation(textes.nomAide()));
        }
        Saisie.limiter(nom, Saisies.LONGUEUR_NOM);
        nom.setWidthFull();
        nom.getElement().setAttribute("autocomplete", "family-name");
        email.setId("email");
        email.setLabel(getTranslation("connexion.email.libelle"));
        email.setHelperText(getTranslation(textes.emailAide()));
        email.setWidthFull();
        email.setManualValidation(true);
        email.getElement().setAttribute("autocomplete", "email");

        var envoyer = new Button(getTranslation(textes.envoyer()));
        envoyer.setId("envoyer-code");
        envoyer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        envoyer.setWidthFull();
        envoyer.addClickShortcut(Key.ENTER).listenOn(prenom, nom, email);
        // The names the server uses: a refused first name or name is said beside its field.
        saisie = Formulaire.libre()
                .obligatoire("prenom", prenom, "inscription.prenom.vide")
                .champ("nom", nom)
                .champ("email", email, b -> b.asRequired(getTranslation("connexion.email.vide"))
                        .withValidator(v -> AdresseCourriel.lire(v).isPresent(),
                                getTranslation("connexion.email.invalide")));
        // Disabled while the server works: a double click sends one code.
        saisie.soumettre(envoyer, rien -> demander());
        formulaire = new Div();
        if (textes.intro() != null) {
            formulaire.add(new Paragraph(getTranslation(textes.intro())));
        }
        formulaire.add(prenom, nom, email, saisie.erreurs(), envoyer);
        formulaire.addClassName("pc-formulaire");
        add(formulaire);
    }

    private void demander() {
        var adresse = AdresseCourriel.lire(email.getValue());
        if (adresse.isEmpty()) {
            // "Nouveau code" asks again without the form's checks: the address was accepted then.
            saisie.refuser("email", "connexion.email.invalide");
            return;
        }
        switch (connexion.demanderCode(adresse.get(), prenom.getValue(), nom.getValue(), Origine.courante())) {
            case DemandeCode.Envoyee envoyee -> {
                if (avantCode != null) {
                    avantCode.run();
                }
                removeAll();
                add(new SaisieCode(envoyee, connexion, horloge, () -> saisie.executer(this::demander), () -> {
                    removeAll();
                    add(formulaire);
                }));
            }
            case DemandeCode.TropDeDemandes trop -> {
                revenirAuFormulaire();
                saisie.refuser("email", "connexion.email.tropdedemandes",
                        Formats.francais().heure(trop.reessayerApres(), horloge.getZone()));
            }
            case DemandeCode.Verrouillee verrou -> {
                revenirAuFormulaire();
                saisie.refuser("email", "connexion.email.verrouillee",
                        Formats.francais().heure(verrou.jusqua(), horloge.getZone()));
            }
        }
    }

    private void revenirAuFormulaire() {
        if (!formulaire.isAttached()) {
            removeAll();
            add(formulaire);
        }
    }
}
