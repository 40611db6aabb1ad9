package fr.portailcep.accueil.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.portailcep.shared.ui.AccueilRoutes;
import fr.portailcep.shared.ui.CarteAccueil;
import fr.portailcep.shared.ui.PageAccueil;
import fr.portailcep.shared.ui.PortailLayout;
import fr.portailcep.shared.ui.Public;

/** The public home: what the service is, and the way in. A signed-in person goes to their own home. */
@Route(value = AccueilRoutes.PUBLIC, layout = PortailLayout.class)
@AnonymousAllowed
public class AccueilPublicView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authentification;

    public AccueilPublicView(List<CarteAccueil> cartes, AuthenticationContext authentification) {
        this.authentification = authentification;
        add(new PageAccueil(getTranslation("accueil.public.titre"), getTranslation("accueil.public.intro"), cartes,
                Public.ANONYME));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        var pour = Public.de(authentification);
        if (pour != Public.ANONYME) {
            evenement.forwardTo(AccueilRoutes.accueilDe(pour.name()).substring(1));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portail.nom") + " – " + getTranslation("portail.service");
    }
}
