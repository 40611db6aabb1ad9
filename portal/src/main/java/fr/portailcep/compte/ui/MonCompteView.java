package fr.portailcep.compte.ui;

import java.time.Clock;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.compte.ClesAcces;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.ConnexionParCourriel;
import fr.portailcep.compte.JournalConnexions;
import fr.portailcep.compte.SessionsOuvertes;
import fr.portailcep.shared.ui.AccueilRoutes;
import fr.portailcep.shared.ui.PortailLayout;

/** "Mon compte" of a bénéficiaire, in the phone layout. */
@Route(value = AccueilRoutes.COMPTE, layout = PortailLayout.class)
@RolesAllowed("BENEFICIAIRE")
public class MonCompteView extends Div implements HasDynamicTitle {

    public MonCompteView(CompteService comptes, ClesAcces clesAcces, SessionsOuvertes sessions,
            JournalConnexions journal, ConnexionParCourriel connexion, AuthenticationContext authentification,
            Clock horloge) {
        add(new MonCompteContenu(comptes, clesAcces, sessions, journal, connexion, authentification, horloge, false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compte.titre") + " – " + getTranslation("portail.nom");
    }
}
