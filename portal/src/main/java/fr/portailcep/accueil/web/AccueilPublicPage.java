package fr.portailcep.accueil.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.portailcep.shared.ui.AccueilRoutes;
import fr.portailcep.shared.ui.Public;
import fr.portailcep.shared.web.PageHtml;

/**
 * The public home, HTML-first (DD020): what the service is, and the way in. Most people reach it cold on a phone;
 * it loads no Vaadin (the bundle is only prefetched). A signed-in person goes to their own home.
 */
@Controller
@PageHtml
class AccueilPublicPage {

    private final AuthenticationContext authentification;

    AccueilPublicPage(AuthenticationContext authentification) {
        this.authentification = authentification;
    }

    @GetMapping("/")
    String afficher() {
        var pour = Public.de(authentification);
        if (pour != Public.ANONYME) {
            return "redirect:" + AccueilRoutes.accueilDe(pour.name());
        }
        return "accueil/public";
    }
}
