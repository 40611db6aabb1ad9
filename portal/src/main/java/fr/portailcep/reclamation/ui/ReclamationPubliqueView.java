package fr.portailcep.reclamation.ui;

import java.time.Clock;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
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
import fr.portailcep.compte.ui.ApresConnexion;
import fr.portailcep.compte.ui.SaisieCode;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.PortailLayout;
import fr.portailcep.shared.ui.Saisie;

/**
 * A réclamation from the public site, by someone who may have no account (a first contact that went wrong): what a
 * réclamation is and what happens next, in plain words; then the address confirmed by a code, the same way as a
 * sign-up; the person is then signed in and lands on the form. Someone signed in goes straight to the form.
 */
@Route(value = ReclamationPubliqueView.CHEMIN, layout = PortailLayout.class)
@AnonymousAllowed
public class ReclamationPubliqueView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String CHEMIN = "reclamation";

    private final ConnexionParCourriel connexion;
    private final AuthenticationContext authentification;
    private final Clock horloge;
    private final TextField prenom = new TextField();
    private final TextField nom = new TextField();
    private final EmailField email = new EmailField();
    private final Div etape = new Div();
    private final Div formulaire;
    private final Formulaire<Object> saisie;

    public ReclamationPubliqueView(ConnexionParCourriel connexion, AuthenticationContext authentification,
            Clock horloge) {
        this.connexion = connexion;
        this.authentification = authentification;
        this.horloge = horloge;
        addClassNames("pc-page", "pc-reclamation-publique");

        var etapes = new OrderedList(new ListItem(getTranslation("reclamation.public.etape1")),
                new ListItem(getTranslation("reclamation.public.etape2")),
                new ListItem(getTranslation("reclamation.public.etape3")),
                new ListItem(getTranslation("reclamation.public.etape4")));
        etapes.addClassName("pc-liste");
        var explication = new Section(new H2(getTranslation("reclamation.public.comment")), etapes);
        explication.addClassName("pc-carte");

        prenom.setId("prenom");
        prenom.setLabel(getTranslation("reclamation.public.prenom"));
        Saisie.limiter(prenom, Saisies.LONGUEUR_NOM);
        prenom.setWidthFull();
        prenom.getElement().setAttribute("autocomplete", "given-name");
        nom.setId("nom");
        nom.setLabel(getTranslation("reclamation.public.nom"));
        Saisie.limiter(nom, Saisies.LONGUEUR_NOM);
        nom.setWidthFull();
        nom.getElement().setAttribute("autocomplete", "family-name");
        email.setId("email");
        email.setLabel(getTranslation("connexion.email.libelle"));
        email.setHelperText(getTranslation("reclamation.public.email.aide"));
        email.setWidthFull();
        email.setManualValidation(true);
        email.getElement().setAttribute("autocomplete", "email");
        var envoyer = new Button(getTranslation("reclamation.public.envoyer"));
        envoyer.setId("envoyer-code");
        envoyer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        envoyer.setWidthFull();
        envoyer.addClickShortcut(Key.ENTER).listenOn(prenom, nom, email);
        saisie = Formulaire.libre()
                .obligatoire("prenom", prenom, "inscription.prenom.vide")
                .champ("nom", nom)
                .champ("email", email, b -> b.asRequired(getTranslation("connexion.email.vide"))
                        .withValidator(v -> AdresseCourriel.lire(v).isPresent(),
                                getTranslation("connexion.email.invalide")));
        saisie.soumettre(envoyer, rien -> demander());
        formulaire = new Div(new Paragraph(getTranslation("reclamation.public.confirmer")), prenom, nom, email,
                saisie.erreurs(), envoyer);
        formulaire.addClassName("pc-formulaire");
        etape.add(formulaire);
        var carte = new Section(new H2(getTranslation("reclamation.public.adresse")), etape);
        carte.addClassName("pc-carte");
        carte.setId("confirmer-adresse");

        var mediateur = new Paragraph(getTranslation("reclamation.public.mediateur") + " ");
        var lien = new Anchor("/mediateur", getTranslation("reclamation.public.mediateur.lien"));
        lien.addClassName("pc-lien");
        mediateur.add(lien);
        var intro = new Paragraph(getTranslation("reclamation.public.intro"));
        intro.addClassName("pc-intro");
        add(new H1(getTranslation("reclamation.public.titre")), intro, explication, carte, mediateur);
    }

    private void demander() {
        var adresse = AdresseCourriel.lire(email.getValue());
        if (adresse.isEmpty()) {
            saisie.refuser("email", "connexion.email.invalide");
            return;
        }
        switch (connexion.demanderCode(adresse.get(), prenom.getValue(), nom.getValue(),
                fr.portailcep.shared.ui.Origine.courante())) {
            case DemandeCode.Envoyee envoyee -> {
                // Once the code is accepted, the person lands on the form rather than on their home.
                ApresConnexion.allerA(NouvelleReclamationView.CHEMIN);
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
            evenement.forwardTo(NouvelleReclamationView.CHEMIN);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reclamation.public.titre") + " – " + getTranslation("portail.nom");
    }
}
