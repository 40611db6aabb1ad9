package fr.portailcep.accueil.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.compte.CompteService;
import fr.portailcep.shared.ui.AccueilRoutes;
import fr.portailcep.shared.ui.CarteAccueil;
import fr.portailcep.shared.ui.EspaceProLayout;
import fr.portailcep.shared.ui.PageAccueil;
import fr.portailcep.shared.ui.Public;

/** The home of a manager: the cards every feature gives this role. */
@Route(value = AccueilRoutes.MANAGER, layout = EspaceProLayout.class)
@RolesAllowed("MANAGER")
public class AccueilManagerView extends Div implements HasDynamicTitle {

    public AccueilManagerView(List<CarteAccueil> cartes, CompteService comptes) {
        var prenom = comptes.compteConnecte().map(c -> c.prenom()).orElse("");
        add(new PageAccueil(getTranslation("accueil.manager.titre", prenom), getTranslation("accueil.manager.intro"),
                cartes, Public.MANAGER));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accueil.manager.onglet") + " – " + getTranslation("portail.nom");
    }
}
