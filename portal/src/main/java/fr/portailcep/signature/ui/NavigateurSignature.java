package fr.portailcep.signature.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.page.PendingJavaScriptResult;

import fr.portailcep.signature.OptionsCeremonie;

/**
 * The call into the browser for a signing ceremony: the module {@code /js/signature.js} (served by the portal, no
 * inline script), {@code navigator.credentials.get} with the server's options. The result is one string: the
 * credential's {@code toJSON()} as JSON, or {@code ERREUR:<DOMException name>}.
 */
final class NavigateurSignature {

    static final String MODULE = "/js/signature.js";
    static final String ERREUR = "ERREUR:";

    private NavigateurSignature() {
    }

    static PendingJavaScriptResult signer(Component composant, OptionsCeremonie options) {
        return composant.getElement().executeJs(
                "return import($0).then(m => m.signer($1)).then(r => r.credential ? r.credential : $2 + r.erreur)",
                MODULE, options.json(), ERREUR);
    }
}
