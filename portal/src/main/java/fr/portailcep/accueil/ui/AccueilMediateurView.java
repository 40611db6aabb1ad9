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

/** The home of a mediateur: the cards every feature gives this role. */
@Route(value = AccueilRoutes.MEDIATEUR, layout = EspaceProLayout.class)
@RolesAllowed("MEDIATEUR")
public class AccueilMediateurView extends Div implements HasDynamicTitle {

    public AccueilMediateurView(List<CarteAccueil> cartes, CompteService comptes) {
        var prenom = comptes.compteConnecte().map(c -> c.prenom()).orElse("");
        add(new PageAccueil(getTranslation("accueil.mediateur.titre", prenom), getTranslation("accueil.mediateur.intro"),
                cartes, Public.MEDIATEUR));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accueil.mediateur.onglet") + " – " + getTranslation("portail.nom");
    }
}
