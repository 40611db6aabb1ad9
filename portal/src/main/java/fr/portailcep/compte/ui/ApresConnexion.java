package fr.portailcep.compte.ui;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;

/**
 * Where a bénéficiaire goes right after signing in with a code, when the page that asked for the code says so (the
 * public réclamation page leads to its form): before the one-time offer of a passkey, which then waits for the next
 * sign-in. Kept in the HTTP session, which survives the change of session id at sign-in; read once.
 */
public final class ApresConnexion {

    static final String ATTRIBUT = ApresConnexion.class.getName();

    private ApresConnexion() {
    }

    /** From a page of the portal: after the sign-in this code opens, go to {@code chemin} (no leading slash). */
    public static void allerA(String chemin) {
        var session = VaadinSession.getCurrent().getSession();
        if (session instanceof WrappedHttpSession http) {
            http.getHttpSession().setAttribute(ATTRIBUT, "/" + chemin);
        }
    }

    /** The page asked for, once (removed from the session). */
    public static Optional<String> reprendre(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        var chemin = session.getAttribute(ATTRIBUT);
        session.removeAttribute(ATTRIBUT);
        return chemin instanceof String s && s.startsWith("/") && !s.startsWith("//") ? Optional.of(s)
                : Optional.empty();
    }
}
