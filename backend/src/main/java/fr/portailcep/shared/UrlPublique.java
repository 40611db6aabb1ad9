package fr.portailcep.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address people use to reach the portal, for links in courriels and for the WebAuthn origin. Configured by
 * {@code portail.url-publique}, required outside the demo; in the demo, when left empty (tests on a random port),
 * the web layer fills it in with {@code http://localhost:<port>} once the server listens.
 */
@Component
public class UrlPublique {

    private volatile String base;

    UrlPublique(@Value("${portail.url-publique:}") String base) {
        this.base = normaliser(base);
    }

    public String base() {
        if (base == null) {
            throw new IllegalStateException("portail.url-publique n’est pas configurée");
        }
        return base;
    }

    /** Builds an absolute link, {@code chemin} starting with a slash. */
    public String lien(String chemin) {
        return base() + chemin;
    }

    public boolean estDefinie() {
        return base != null;
    }

    public void definirSiAbsente(String valeur) {
        if (base == null) {
            base = normaliser(valeur);
        }
    }

    private static String normaliser(String valeur) {
        if (valeur == null || valeur.isBlank()) {
            return null;
        }
        var v = valeur.strip();
        return v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
    }
}
