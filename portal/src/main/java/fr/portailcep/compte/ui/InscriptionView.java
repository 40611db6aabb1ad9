package fr.portailcep.compte.ui;

import java.time.Clock;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.portailcep.compte.ConnexionParCourriel;
import fr.portailcep.shared.ui.AccueilRoutes;
import fr.portailcep.shared.ui.PortailLayout;

/** Sign-up of a bénéficiaire: a first name and an email address, confirmed by a code. No password. */
@Route(value = "inscription", layout = PortailLayout.class)
@AnonymousAllowed
public class InscriptionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authentification;

    public InscriptionView(ConnexionParCourriel connexion, AuthenticationContext authentification, Clock horloge) {
        this.authentification = authentification;
        addClassName("pc-page");
        var etape = new InscriptionParCode(connexion, horloge, new InscriptionParCode.Textes("inscription.prenom",
                "inscription.nom", "inscription.nom.aide", "inscription.email.aide", "inscription.envoyer", null), null);

        var dejaInscrit = new Paragraph(getTranslation("inscription.deja") + " ");
        var lien = new Anchor("/" + AccueilRoutes.CONNEXION, getTranslation("layout.seconnecter"));
        lien.addClassName("pc-lien");
        dejaInscrit.add(lien);
        var carte = new Div(etape);
        carte.addClassName("pc-carte");
        add(new H1(getTranslation("inscription.titre")), new Paragraph(getTranslation("inscription.intro")), carte,
                dejaInscrit);
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
