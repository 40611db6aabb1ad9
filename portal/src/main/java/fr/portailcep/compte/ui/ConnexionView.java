package fr.portailcep.compte.ui;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.ConnexionDemo;
import fr.portailcep.compte.ConnexionParCourriel;
import fr.portailcep.compte.DemandeCode;
import fr.portailcep.compte.SessionsOuvertes;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.AccueilRoutes;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Origine;
import fr.portailcep.shared.ui.PortailLayout;

/**
 * Sign-in: with a passkey, or with a code received by email. In the demo profile only, a third block signs in
 * as any demo person in one click; outside it the block, and the service behind it, do not exist.
 */
@Route(value = AccueilRoutes.CONNEXION, layout = PortailLayout.class)
@AnonymousAllowed
public class ConnexionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ConnexionParCourriel connexion;
    private final SessionsOuvertes sessions;
    private final AuthenticationContext authentification;
    private final Clock horloge;
    private final Paragraph avis = new Paragraph();
    private final Div etapeCourriel = new Div();
    private final EmailField email = new EmailField();
    private final Formulaire<Object> formulaire;
    private final Paragraph erreurCle = new Paragraph();

    public ConnexionView(ConnexionParCourriel connexion, ObjectProvider<ConnexionDemo> demo,
            AuthenticationContext authentification, Clock horloge, SessionsOuvertes sessions) {
        this.connexion = connexion;
        this.sessions = sessions;
        this.authentification = authentification;
        this.horloge = horloge;
        this.formulaire = Formulaire.libre().champ("email", email,
                b -> b.asRequired(getTranslation("connexion.email.vide")));
        addClassName("pc-page");
        avis.addClassName("pc-avis");
        avis.setVisible(false);
        avis.setId("avis-connexion");
        avis.getElement().setAttribute("role", "status");

        add(new H1(getTranslation("connexion.titre")), avis, blocCle(), blocCourriel());
        var inscription = new Paragraph(getTranslation("connexion.premiere") + " ");
        var lien = new Anchor("/inscription", getTranslation("connexion.creer"));
        lien.addClassName("pc-lien");
        inscription.add(lien);
        add(inscription);
        demo.ifAvailable(d -> add(new ConnexionDemoPanneau(d)));
    }

    private Section blocCle() {
        var titre = new H2(getTranslation("connexion.cle.titre"));
        var texte = new Paragraph(getTranslation("connexion.cle.texte"));
        var bouton = new Button(getTranslation("connexion.cle.bouton"), new Icon(VaadinIcon.KEY));
        bouton.setId("connexion-cle");
        bouton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        bouton.setWidthFull();
        bouton.setDisableOnClick(true);
        erreurCle.setId("erreur-cle");
        erreurCle.addClassName("pc-erreur");
        erreurCle.getElement().setAttribute("role", "alert");
        bouton.addClickListener(e -> Navigateur.connecterAvecCle(this).then(String.class, resultat -> {
            bouton.setEnabled(true);
            if (!"ok".equals(resultat)) {
                erreurCle.setText(getTranslation("connexion.cle.erreur." + resultat));
            }
        }, erreur -> {
            bouton.setEnabled(true);
            erreurCle.setText(getTranslation("connexion.cle.erreur.erreur"));
        }));
        var section = new Section(titre, texte, bouton, erreurCle);
        section.addClassName("pc-carte");
        return section;
    }

    private Section blocCourriel() {
        etapeCourriel.add(formulaireAdresse());
        var section = new Section(new H2(getTranslation("connexion.courriel.titre")), etapeCourriel);
        section.addClassName("pc-carte");
        return section;
    }

    private Div formulaireAdresse() {
        email.setId("email");
        email.setLabel(getTranslation("connexion.email.libelle"));
        email.setHelperText(getTranslation("connexion.email.aide"));
        email.setWidthFull();
        email.setManualValidation(true);
        email.setClearButtonVisible(true);
        email.getElement().setAttribute("autocomplete", "email");
        var envoyer = new Button(getTranslation("connexion.email.envoyer"));
        envoyer.setId("envoyer-code");
        envoyer.addThemeVariants(ButtonVariant.LUMO_LARGE);
        envoyer.setWidthFull();
        // Enter sends the address only from the field: on the skip link or the passkey button it must not.
        envoyer.addClickShortcut(Key.ENTER).listenOn(email);
        // Disabled while the server works: a double click sends one code.
        formulaire.soumettre(envoyer, rien -> demander());
        var bloc = new Div(new Paragraph(getTranslation("connexion.courriel.texte")), email, formulaire.erreurs(),
                envoyer);
        bloc.addClassName("pc-formulaire");
        return bloc;
    }

    private void demander() {
        var adresse = AdresseCourriel.lire(email.getValue());
        if (adresse.isEmpty()) {
            formulaire.refuser("email", "connexion.email.invalide");
            return;
        }
        switch (connexion.demanderCode(adresse.get(), null, null, Origine.courante())) {
            case DemandeCode.Envoyee envoyee -> {
                etapeCourriel.removeAll();
                etapeCourriel.add(new SaisieCode(envoyee, connexion, horloge, this::demander, () -> {
                    etapeCourriel.removeAll();
                    etapeCourriel.add(formulaireAdresse());
                }));
            }
            case DemandeCode.TropDeDemandes trop -> {
                if (!email.isAttached()) {
                    etapeCourriel.removeAll();
                    etapeCourriel.add(formulaireAdresse());
                }
                formulaire.refuser("email", "connexion.email.tropdedemandes",
                        Formats.francais().heure(trop.reessayerApres(), horloge.getZone()));
            }
            case DemandeCode.Verrouillee verrou -> {
                if (!email.isAttached()) {
                    etapeCourriel.removeAll();
                    etapeCourriel.add(formulaireAdresse());
                }
                formulaire.refuser("email", "connexion.email.verrouillee",
                        Formats.francais().heure(verrou.jusqua(), horloge.getZone()));
            }
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        if (authentification.isAuthenticated()) {
            evenement.forwardTo(AccueilRoutes.PUBLIC);
            return;
        }
        var parametres = evenement.getLocation().getQueryParameters().getParameters();
        String texte = null;
        if (parametres.containsKey("deconnexion")) {
            texte = getTranslation("connexion.avis.deconnexion");
        } else if (parametres.containsKey("session")) {
            texte = finDeSession(parametres.get("session").isEmpty() ? "" : parametres.get("session").getFirst());
        } else if (parametres.containsKey("erreur")) {
            texte = getTranslation("connexion.avis.erreur");
        }
        if (texte != null) {
            avis.setText(texte);
            avis.setVisible(true);
        }
    }

    /** Why the portal ended the session: closed from elsewhere, idle, or open too long, with the configured time. */
    private String finDeSession(String motif) {
        var politique = sessions.politique();
        return switch (motif) {
            case "inactivite" -> politique.inactivite().equals(politique.inactivitePros())
                    ? getTranslation("connexion.avis.session.inactivite",
                            String.valueOf(politique.inactivite().toMinutes()))
                    : getTranslation("connexion.avis.session.inactivite.generique");
            case "duree" -> politique.dureeMax().equals(politique.dureeMaxPros())
                    && politique.dureeMax().toMinutes() % 60 == 0
                    ? getTranslation("connexion.avis.session.duree", String.valueOf(politique.dureeMax().toHours()))
                    : getTranslation("connexion.avis.session.duree.generique");
            default -> getTranslation("connexion.avis.session");
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("connexion.titre") + " – " + getTranslation("portail.nom");
    }
}
