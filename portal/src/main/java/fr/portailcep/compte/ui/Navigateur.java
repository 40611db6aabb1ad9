package fr.portailcep.compte.ui;

import org.springframework.security.web.csrf.CsrfToken;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.page.PendingJavaScriptResult;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * The calls into the browser for sign-in: passkey ceremonies and the posting of a one-time ticket. They run the
 * module {@code /js/cles-acces.js} and carry Spring Security's CSRF token (Vaadin's own requests do not need it,
 * these do).
 */
final class Navigateur {

    private static final String MODULE = "/js/cles-acces.js";

    private Navigateur() {
    }

    static PendingJavaScriptResult creerCle(Component composant, String libelle) {
        var csrf = csrf();
        return composant.getElement().executeJs("return import($0).then(m => m.creer($1, $2, $3))", MODULE,
                csrf.getHeaderName(), csrf.getToken(), libelle);
    }

    /** Confirms with a passkey who the person signed in is, without leaving the page. */
    static PendingJavaScriptResult confirmerAvecCle(Component composant) {
        var csrf = csrf();
        return composant.getElement().executeJs("return import($0).then(m => m.confirmer($1, $2))", MODULE,
                csrf.getHeaderName(), csrf.getToken());
    }

    static PendingJavaScriptResult cleDisponible(Component composant) {
        return composant.getElement().executeJs("return import($0).then(m => m.disponible())", MODULE);
    }

    /** Opens the session: Spring Security checks the ticket at {@code POST /login/ott} and redirects. */
    static void posterTicket(Component composant, String ticket) {
        var csrf = csrf();
        composant.getElement().executeJs("return import($0).then(m => m.posterTicket($1, $2, $3))", MODULE, ticket,
                csrf.getParameterName(), csrf.getToken());
    }

    private static CsrfToken csrf() {
        var requete = VaadinServletRequest.getCurrent().getHttpServletRequest();
        var jeton = (CsrfToken) requete.getAttribute(CsrfToken.class.getName());
        if (jeton == null) {
            throw new IllegalStateException("Pas de jeton CSRF dans la requête");
        }
        return jeton;
    }
}
