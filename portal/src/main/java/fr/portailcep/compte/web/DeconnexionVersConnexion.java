package fr.portailcep.compte.web;

import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;

/** After signing out, the sign-in page says so. The redirect works from a Vaadin request too. */
class DeconnexionVersConnexion extends SimpleUrlLogoutSuccessHandler {

    DeconnexionVersConnexion() {
        setDefaultTargetUrl("/connexion?deconnexion");
        setRedirectStrategy(new UidlRedirectStrategy());
    }
}
