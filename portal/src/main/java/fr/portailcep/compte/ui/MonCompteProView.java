package fr.portailcep.compte.ui;

import java.time.Clock;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
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
import fr.portailcep.shared.ui.EspaceProLayout;

/** "Mon compte" of staff. A professional without a passkey is sent here until they create one. */
@Route(value = AccueilRoutes.COMPTE_PRO, layout = EspaceProLayout.class)
@RolesAllowed({"CONSEILLER", "MANAGER", "MEDIATEUR"})
public class MonCompteProView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final CompteService comptes;
    private final ClesAcces clesAcces;
    private final SessionsOuvertes sessions;
    private final JournalConnexions journal;
    private final ConnexionParCourriel connexion;
    private final AuthenticationContext authentification;
    private final Clock horloge;

    public MonCompteProView(CompteService comptes, ClesAcces clesAcces, SessionsOuvertes sessions,
            JournalConnexions journal, ConnexionParCourriel connexion, AuthenticationContext authentification,
            Clock horloge) {
        this.connexion = connexion;
        this.comptes = comptes;
        this.clesAcces = clesAcces;
        this.sessions = sessions;
        this.journal = journal;
        this.authentification = authentification;
        this.horloge = horloge;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        removeAll();
        add(new MonCompteContenu(comptes, clesAcces, sessions, journal, connexion, authentification, horloge,
                true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compte.titre") + " – " + getTranslation("portail.nom");
    }
}
