package fr.portailcep.compte.ui;

import java.time.Clock;
import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.ConnexionParCourriel;
import fr.portailcep.compte.DemandeCode;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.ui.AccueilRoutes;
import fr.portailcep.shared.ui.Origine;
import fr.portailcep.shared.ui.PortailLayout;
import fr.portailcep.shared.ui.Saisie;

/** Sign-up of a bénéficiaire: a first name and an email address, confirmed by a code. No password. */
@Route(value = "inscription", layout = PortailLayout.class)
@AnonymousAllowed
public class InscriptionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ConnexionParCourriel connexion;
    private final AuthenticationContext authentification;
    private final Clock horloge;
    private final TextField prenom = new TextField();
    private final TextField nom = new TextField();
    private final EmailField email = new EmailField();
    private final Div etape = new Div();
    private final Div formulaire;

    public InscriptionView(ConnexionParCourriel connexion, AuthenticationContext authentification, Clock horloge) {
        this.connexion = connexion;
        this.authentification = authentification;
        this.horloge = horloge;
        addClassName("pc-page");

        prenom.setId("prenom");
        prenom.setLabel(getTranslation("inscription.prenom"));
        Saisie.limiter(prenom, Saisies.LONGUEUR_NOM);
        prenom.setWidthFull();
        prenom.setManualValidation(true);
        prenom.setRequiredIndicatorVisible(true);
        prenom.getElement().setAttribute("autocomplete", "given-name");
        nom.setId("nom");
        nom.setLabel(getTranslation("inscription.nom"));
        nom.setHelperText(getTranslation("inscription.nom.aide"));
        Saisie.limiter(nom, Saisies.LONGUEUR_NOM);
        nom.setWidthFull();
        nom.getElement().setAttribute("autocomplete", "family-name");
        email.setId("email");
        email.setLabel(getTranslation("connexion.email.libelle"));
        email.setHelperText(getTranslation("inscription.email.aide"));
        email.setWidthFull();
        email.setManualValidation(true);
        email.setRequiredIndicatorVisible(true);
        email.getElement().setAttribute("autocomplete", "email");

        var envoyer = new Button(getTranslation("inscription.envoyer"));
        envoyer.setId("envoyer-code");
        envoyer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        envoyer.setWidthFull();
        envoyer.setDisableOnClick(true);
        envoyer.addClickShortcut(Key.ENTER).listenOn(prenom, nom, email);
        envoyer.addClickListener(e -> {
            try {
                demander();
            } finally {
                envoyer.setEnabled(true);
            }
        });
        formulaire = new Div(prenom, nom, email, envoyer);
        formulaire.addClassName("pc-formulaire");
        etape.add(formulaire);

        var dejaInscrit = new Paragraph(getTranslation("inscription.deja") + " ");
        var lien = new Anchor("/" + AccueilRoutes.CONNEXION, getTranslation("layout.seconnecter"));
        lien.addClassName("pc-lien");
        dejaInscrit.add(lien);
        var carte = new Div(etape);
        carte.addClassName("pc-carte");
        add(new H1(getTranslation("inscription.titre")), new Paragraph(getTranslation("inscription.intro")), carte,
                dejaInscrit);
    }

    private void demander() {
        var valide = true;
        if (prenom.getValue().isBlank()) {
            prenom.setErrorMessage(getTranslation("inscription.prenom.vide"));
            prenom.setInvalid(true);
            valide = false;
        } else {
            prenom.setInvalid(false);
        }
        var adresse = AdresseCourriel.lire(email.getValue());
        if (adresse.isEmpty()) {
            email.setErrorMessage(getTranslation(email.getValue().isBlank()
                    ? "connexion.email.vide" : "connexion.email.invalide"));
            email.setInvalid(true);
            valide = false;
        } else {
            email.setInvalid(false);
        }
        if (!valide) {
            (prenom.isInvalid() ? prenom : email).focus();
            return;
        }
        nom.setInvalid(false);
        DemandeCode demande;
        try {
            demande = connexion.demanderCode(adresse.get(), prenom.getValue(), nom.getValue(), Origine.courante());
        } catch (SaisieRefusee refus) {
            Saisie.montrer(refus, Map.of("prenom", prenom, "nom", nom));
            return;
        }
        switch (demande) {
            case DemandeCode.Envoyee envoyee -> {
                etape.removeAll();
                etape.add(new SaisieCode(envoyee, connexion, horloge, this::demander, () -> {
                    etape.removeAll();
                    etape.add(formulaire);
                }));
            }
            case DemandeCode.TropDeDemandes trop -> {
                if (!formulaire.isAttached()) {
                    etape.removeAll();
                    etape.add(formulaire);
                }
                email.setErrorMessage(getTranslation("connexion.email.tropdedemandes",
                        Formats.francais().heure(trop.reessayerApres(), horloge.getZone())));
                email.setInvalid(true);
            }
            case DemandeCode.Verrouillee verrou -> {
                if (!formulaire.isAttached()) {
                    etape.removeAll();
                    etape.add(formulaire);
                }
                email.setErrorMessage(getTranslation("connexion.email.verrouillee",
                        Formats.francais().heure(verrou.jusqua(), horloge.getZone())));
                email.setInvalid(true);
            }
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        if (authentification.isAuthenticated()) {
            evenement.forwardTo(AccueilRoutes.PUBLIC);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inscription.titre") + " – " + getTranslation("portail.nom");
    }
}
