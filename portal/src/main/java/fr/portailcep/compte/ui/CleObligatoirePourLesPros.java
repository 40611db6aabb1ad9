package fr.portailcep.compte.ui;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.portailcep.compte.ClesAcces;
import fr.portailcep.compte.CompteService;
import fr.portailcep.shared.ui.AccueilRoutes;

/**
 * Staff sign in with a passkey. One who signed in by email (first time, or after losing their passkey) reaches
 * only their account page until they have created one. The demo turns this off
 * ({@code portail.pros.cle-obligatoire=false}) so that every role can be visited in one click.
 */
@Component
@ConditionalOnProperty(name = "portail.pros.cle-obligatoire", havingValue = "true", matchIfMissing = true)
class CleObligatoirePourLesPros implements VaadinServiceInitListener {

    private static final String A_UNE_CLE = CleObligatoirePourLesPros.class.getName() + ".aUneCle";

    private final CompteService comptes;
    private final ClesAcces clesAcces;
    private final AuthenticationContext authentification;

    CleObligatoirePourLesPros(CompteService comptes, ClesAcces clesAcces, AuthenticationContext authentification) {
        this.comptes = comptes;
        this.clesAcces = clesAcces;
        this.authentification = authentification;
    }

    @Override
    public void serviceInit(ServiceInitEvent evenement) {
        evenement.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(navigation -> {
            if (navigation.getNavigationTarget() == MonCompteProView.class || !estProfessionnel()) {
                return;
            }
            var session = VaadinSession.getCurrent();
            if (Boolean.TRUE.equals(session.getAttribute(A_UNE_CLE))) {
                return;
            }
            var compte = comptes.compteConnecte();
            if (compte.isPresent() && clesAcces.jAiUneCle(compte.get())) {
                session.setAttribute(A_UNE_CLE, Boolean.TRUE);
            } else {
                navigation.forwardTo(AccueilRoutes.COMPTE_PRO);
            }
        }));
    }

    private boolean estProfessionnel() {
        return authentification.hasAnyRole("CONSEILLER", "MANAGER", "MEDIATEUR");
    }
}
