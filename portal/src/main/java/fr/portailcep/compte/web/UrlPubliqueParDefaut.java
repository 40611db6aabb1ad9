package fr.portailcep.compte.web;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.portailcep.shared.UrlPublique;

/**
 * In the demo, when {@code portail.url-publique} is not set (the tests on a random port too), the portal is reached
 * at {@code http://localhost:<port>}: links in courriels and the passkeys' origin follow. Outside the demo there is
 * no such guess: the portal does not start without its address (shared.demarrage.ConfigurationVerifiee).
 */
@Component
@Profile("demo")
class UrlPubliqueParDefaut {

    private final UrlPublique urlPublique;
    private final OriginesWebAuthn origines;

    UrlPubliqueParDefaut(UrlPublique urlPublique, OriginesWebAuthn origines) {
        this.urlPublique = urlPublique;
        this.origines = origines;
    }

    @EventListener
    void serveurDemarre(WebServerInitializedEvent evenement) {
        urlPublique.definirSiAbsente("http://localhost:" + evenement.getWebServer().getPort());
        origines.ajouter(urlPublique.base());
    }
}
