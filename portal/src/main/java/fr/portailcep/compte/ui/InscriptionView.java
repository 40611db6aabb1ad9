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
import fr.portailcep.shared.ui.Formulaire;
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
    private final Formulaire<Object> saisie;

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
        email.getElement().setAttribute("autocomplete", "email");

        var envoyer = new Button(getTranslation("inscription.envoyer"));
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
        formulaire = new Div(prenom, nom, email, saisie.erreurs(), envoyer);
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
        var adresse = AdresseCourriel.lire(email.getValue());
        if (adresse.isEmpty()) {
            // "Nouveau code" asks again without the form's checks: the address was accepted then.
            saisie.refuser("email", "connexion.email.invalide");
            return;
        }
        switch (connexion.demanderCode(adresse.get(), prenom.getValue(), nom.getValue(), Origine.courante())) {
            case DemandeCode.Envoyee envoyee -> {
                etape.removeAll();
                etape.add(new SaisieCode(envoyee, connexion, horloge, () -> saisie.executer(this::demander), () -> {
                    etape.removeAll();
                    etape.add(formulaire);
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
            etape.removeAll();
            etape.add(formulaire);
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
