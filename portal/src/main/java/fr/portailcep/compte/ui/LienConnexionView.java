package fr.portailcep.compte.ui;

import java.time.Clock;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fr.portailcep.compte.ConnexionParCourriel;
import fr.portailcep.compte.Verification;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.AccueilRoutes;
import fr.portailcep.shared.ui.Origine;
import fr.portailcep.shared.ui.PortailLayout;

/**
 * The link of the sign-in courriel. It asks for one touch before using the link: mail scanners that open links
 * to check them must not spend it.
 */
@Route(value = "connexion/lien", layout = PortailLayout.class)
@AnonymousAllowed
public class LienConnexionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ConnexionParCourriel connexion;
    private final Clock horloge;
    private final Paragraph message = new Paragraph();
    private final Button continuer = new Button();
    private final Anchor autreCode = new Anchor("/" + AccueilRoutes.CONNEXION);
    private UUID jeton;
    private String secret;

    public LienConnexionView(ConnexionParCourriel connexion, Clock horloge) {
        this.connexion = connexion;
        this.horloge = horloge;
        addClassName("pc-page");
        message.setId("message-lien");
        message.setText(getTranslation("lien.texte"));
        continuer.setText(getTranslation("lien.continuer"));
        continuer.setId("continuer");
        continuer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        continuer.setWidthFull();
        continuer.setDisableOnClick(true);
        continuer.addClickListener(e -> utiliser());
        autreCode.setText(getTranslation("lien.nouveau"));
        autreCode.addClassName("pc-lien");
        autreCode.setVisible(false);
        autreCode.setId("lien-nouveau-code");
        var carte = new Div(message, continuer, autreCode);
        carte.addClassName("pc-carte");
        add(new H1(getTranslation("lien.titre")), carte);
    }

    private void utiliser() {
        var resultat = jeton == null ? new Verification.Inconnu()
                : connexion.verifierLien(jeton, secret, Origine.courante());
        if (resultat instanceof Verification.Valide valide) {
            message.setText(getTranslation("connexion.encours"));
            Navigateur.posterTicket(this, valide.ticket());
            return;
        }
        var texte = switch (resultat) {
            case Verification.Expire e -> getTranslation("lien.expire");
            case Verification.DejaUtilise d -> getTranslation("lien.utilise");
            case Verification.Bloque b -> getTranslation("lien.bloque");
            case Verification.Verrouillee v -> getTranslation("lien.verrouille",
                    Formats.francais().heure(v.jusqua(), horloge.getZone()));
            default -> getTranslation("lien.inconnu");
        };
        message.setText(texte);
        message.addClassName("pc-erreur");
        message.getElement().setAttribute("role", "alert");
        continuer.setVisible(false);
        autreCode.setVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        var parametres = evenement.getLocation().getQueryParameters();
        try {
            jeton = parametres.getSingleParameter("jeton").map(UUID::fromString).orElse(null);
        } catch (IllegalArgumentException e) {
            jeton = null;
        }
        secret = parametres.getSingleParameter("secret").orElse("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lien.titre") + " – " + getTranslation("portail.nom");
    }
}
