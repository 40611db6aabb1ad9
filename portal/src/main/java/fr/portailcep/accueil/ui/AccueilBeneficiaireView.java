package fr.portailcep.accueil.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.compte.CompteService;
import fr.portailcep.shared.ui.AccueilRoutes;
import fr.portailcep.shared.ui.CarteAccueil;
import fr.portailcep.shared.ui.PageAccueil;
import fr.portailcep.shared.ui.PortailLayout;
import fr.portailcep.shared.ui.Public;

/** "Mon espace": the home of a bénéficiaire, on a phone. */
@Route(value = AccueilRoutes.BENEFICIAIRE, layout = PortailLayout.class)
@RolesAllowed("BENEFICIAIRE")
public class AccueilBeneficiaireView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    public AccueilBeneficiaireView(List<CarteAccueil> cartes, CompteService comptes) {
        var prenom = comptes.compteConnecte().map(c -> c.prenom()).orElse(null);
        add(new PageAccueil(prenom == null ? getTranslation("accueil.beneficiaire.titre.anonyme")
                : getTranslation("accueil.beneficiaire.titre", prenom),
                getTranslation("accueil.beneficiaire.intro"), cartes, Public.BENEFICIAIRE));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        if (evenement.getLocation().getQueryParameters().getParameters().containsKey("cle")) {
            Notification.show(getTranslation("cles.creee"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accueil.beneficiaire.onglet") + " – " + getTranslation("portail.nom");
    }
}
