package fr.portailcep.rendezvous.ui;

import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationResult;

import fr.portailcep.beneficiaire.Beneficiaire;
import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.rendezvous.Identite;
import fr.portailcep.rendezvous.RendezVous;
import fr.portailcep.shared.NumerosTelephone;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Saisie;

/**
 * Who books or asks to be called back: first name, name, email address, phone number and, when the view asks it,
 * the need in a few words, for the booking of someone who phoned ({@link AppelView}). (The online booking and the
 * call-back are HTML-first pages since issue 12: {@code rendezvous.web.CoordonneesPage}, {@code RappelPage}.)
 *
 * <p>
 * The fields are bound in {@link #formulaire()} under the names the server uses ({@link Identite}'s components,
 * {@code besoin}); the view adds its own fields there (modality, postcode) and wires its buttons with
 * {@link Formulaire#soumettre}. The checks of the browser side only spare a round trip (a required field, an address
 * or a number that cannot be read); the server checks again and its refusals land beside the same fields.
 */
final class FormulaireCoordonnees extends Div {

    private final Formulaire<Object> formulaire = Formulaire.libre();
    private final TextField prenom = new TextField();
    private final TextField nom = new TextField();
    private final EmailField email = new EmailField();
    private final TextField telephone = new TextField();
    private final TextArea besoin = new TextArea();
    private final boolean pourLaPersonne;
    private final BooleanSupplier telephoneObligatoire;

    /**
     * @param prefixe prefix of the ids of the fields ({@code ""} for the person, {@code "appel-"} for a conseiller)
     * @param pourLaPersonne the person types their own details: help texts and the browser's autofill; a
     *        conseiller typing someone else's details gets neither
     * @param cleBesoin the label of the need, or {@code null} when the form does not ask it
     * @param telephoneObligatoire whether a phone number is required now (the modality chosen, a call-back)
     */
    FormulaireCoordonnees(String prefixe, boolean pourLaPersonne, String cleBesoin,
            BooleanSupplier telephoneObligatoire) {
        this.pourLaPersonne = pourLaPersonne;
        this.telephoneObligatoire = telephoneObligatoire;
        addClassName("pc-formulaire");
        // The length of a name is the server's rule (Saisies): it says "100 at most (you typed 101)" beside the
        // field, where the component's own check of its maxlength would refuse with no text.
        formulaire.binder().setDefaultValidatorsEnabled(false);

        nom(prenom, prefixe + "prenom", "coordonnees.prenom", "given-name");
        nom(nom, prefixe + "nom", "coordonnees.nom", "family-name");
        email.setId(prefixe + "email");
        email.setLabel(getTranslation("coordonnees.email"));
        email.setWidthFull();
        email.setManualValidation(true);
        autofill(email.getElement(), "email");
        telephone.setId(prefixe + "telephone");
        telephone.setWidthFull();
        telephone.setManualValidation(true);
        telephone.setMaxLength(30);
        autofill(telephone.getElement(), "tel");
        telephone.getElement().setAttribute("inputmode", "tel");
        telephone.getElement().setAttribute("type", "tel");
        if (pourLaPersonne) {
            email.setHelperText(getTranslation("coordonnees.email.aide"));
        }
        adapterTelephone();
        add(prenom, nom, email, telephone);

        formulaire.obligatoire("prenom", prenom, "coordonnees.erreur.prenom")
                .obligatoire("nom", nom, "coordonnees.erreur.nom")
                .champ("email", email, b -> b.asRequired(getTranslation("coordonnees.erreur.email.vide"))
                        .withValidator(v -> AdresseCourriel.lire(v).isPresent(),
                                getTranslation("coordonnees.erreur.email")))
                .champ("telephone", telephone, b -> b.withValidator((v, contexte) -> verifierTelephone(v)));
        if (cleBesoin != null) {
            besoin.setId(prefixe + "besoin");
            besoin.setLabel(getTranslation(cleBesoin));
            if (pourLaPersonne) {
                besoin.setHelperText(getTranslation("coordonnees.besoin.aide"));
            }
            Saisie.limiter(besoin, RendezVous.LONGUEUR_BESOIN);
            besoin.setWidthFull();
            add(besoin);
            formulaire.champ("besoin", besoin);
        }
    }

    /** The form of these fields, where the view adds its own and wires its buttons. */
    Formulaire<Object> formulaire() {
        return formulaire;
    }

    /** A field of the view's own, placed after the phone number (before the need); bind it in {@link #formulaire()}. */
    void ajouterApresTelephone(Component champ) {
        addComponentAtIndex(indexOf(telephone) + 1, champ);
    }

    /** Says whether the number is required now (label, mark, help): call it when the modality changes. */
    void adapterTelephone() {
        var obligatoire = telephoneObligatoire.getAsBoolean();
        telephone.setLabel(getTranslation(obligatoire ? "coordonnees.telephone.obligatoire" : "coordonnees.telephone"));
        telephone.setRequiredIndicatorVisible(obligatoire);
        if (pourLaPersonne) {
            telephone.setHelperText(getTranslation(obligatoire ? "coordonnees.telephone.aide"
                    : "coordonnees.telephone.aide.facultatif"));
        }
    }

    /** What a signed-in bénéficiaire already told: filled in, their address cannot change here. */
    void remplir(Beneficiaire moi) {
        if (prenom.isEmpty() && moi.prenom() != null) {
            prenom.setValue(moi.prenom());
        }
        if (nom.isEmpty() && moi.nom() != null) {
            nom.setValue(moi.nom());
        }
        email.setValue(moi.email());
        email.setReadOnly(true);
        if (telephone.isEmpty() && moi.telephone() != null) {
            telephone.setValue(moi.telephone());
        }
    }

    /**
     * Who books, as the server takes it; an address or a number that cannot be read, a name that cannot be stored
     * are refused field by field ({@link SaisieRefusee}, shown by {@link Formulaire#executer}).
     */
    Identite identite() {
        var adresse = AdresseCourriel.lire(email.getValue())
                .orElseThrow(() -> SaisieRefusee.de("email", "coordonnees.erreur.email"));
        String numero = null;
        if (!telephone.getValue().isBlank()) {
            numero = NumerosTelephone.lire(telephone.getValue())
                    .orElseThrow(() -> SaisieRefusee.de("telephone", "coordonnees.erreur.telephone"));
        } else if (telephoneObligatoire.getAsBoolean()) {
            throw SaisieRefusee.de("telephone", "coordonnees.erreur.telephone.vide");
        }
        return new Identite(prenom.getValue(), nom.getValue(), adresse, numero);
    }

    /** The need in a few words, as typed (the server checks it). */
    String besoin() {
        return besoin.getValue();
    }

    private ValidationResult verifierTelephone(String valeur) {
        if (valeur == null || valeur.isBlank()) {
            return telephoneObligatoire.getAsBoolean()
                    ? ValidationResult.error(getTranslation("coordonnees.erreur.telephone.vide"))
                    : ValidationResult.ok();
        }
        return NumerosTelephone.estValide(valeur) ? ValidationResult.ok()
                : ValidationResult.error(getTranslation("coordonnees.erreur.telephone"));
    }

    private void nom(TextField champ, String id, String libelle, String autocomplete) {
        champ.setId(id);
        champ.setLabel(getTranslation(libelle));
        Saisie.limiter(champ, Saisies.LONGUEUR_NOM);
        champ.setWidthFull();
        champ.setManualValidation(true);
        autofill(champ.getElement(), autocomplete);
    }

    private void autofill(com.vaadin.flow.dom.Element element, String autocomplete) {
        element.setAttribute("autocomplete", pourLaPersonne ? autocomplete : "off");
    }
}
