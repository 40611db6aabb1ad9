package fr.portailcep.compte.web;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.springframework.stereotype.Component;

import fr.portailcep.shared.UrlPublique;

/**
 * The origins a passkey ceremony may come from. WebAuthn checks them exactly; the set is read at each ceremony,
 * so the port of a test server, known only once it listens, can still be added.
 */
@Component
public class OriginesWebAuthn implements fr.portailcep.compte.OriginesCeremonies {

    private final Set<String> origines = new CopyOnWriteArraySet<>();

    OriginesWebAuthn(UrlPublique urlPublique) {
        if (urlPublique.estDefinie()) {
            ajouter(urlPublique.base());
        }
    }

    void ajouter(String url) {
        var uri = URI.create(url);
        var port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        origines.add(uri.getScheme() + "://" + uri.getHost() + port);
    }

    Set<String> valeurs() {
        return origines;
    }

    @Override
    public Set<String> origines() {
        return Set.copyOf(origines);
    }
}
