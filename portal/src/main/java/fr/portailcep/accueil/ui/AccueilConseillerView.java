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

/** The home of a conseiller: the cards every feature gives this role. */
@Route(value = AccueilRoutes.CONSEILLER, layout = EspaceProLayout.class)
@RolesAllowed("CONSEILLER")
public class AccueilConseillerView extends Div implements HasDynamicTitle {

    public AccueilConseillerView(List<CarteAccueil> cartes, CompteService comptes) {
        var prenom = comptes.compteConnecte().map(c -> c.prenom()).orElse("");
        add(new PageAccueil(getTranslation("accueil.conseiller.titre", prenom), getTranslation("accueil.conseiller.intro"),
                cartes, Public.CONSEILLER));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accueil.conseiller.onglet") + " – " + getTranslation("portail.nom");
    }
}
