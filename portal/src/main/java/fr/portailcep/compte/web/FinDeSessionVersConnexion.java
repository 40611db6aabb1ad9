package fr.portailcep.compte.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.ApplicationConstants;
import com.vaadin.flow.shared.JsonConstants;

import fr.portailcep.compte.PolitiqueSessions;
import fr.portailcep.compte.SessionsOuvertes;

/**
 * A session ended by the portal (closed from elsewhere, idle, too old) goes to the sign-in page, which says why:
 * {@code /connexion?session=fermee|inactivite|duree}. When the request that finds it is a Vaadin request of an open
 * page (a click), an HTTP redirect would reach Vaadin's client as HTML ("Invalid JSON response"): the answer is
 * then the message by which Vaadin itself sends its client to another address.
 */
class FinDeSessionVersConnexion implements SessionInformationExpiredStrategy {

    private final RedirectStrategy redirection = new DefaultRedirectStrategy();

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent evenement) throws IOException {
        var fin = evenement.getSessionInformation() instanceof SessionsOuvertes.Information information
                ? information.fin().orElse(PolitiqueSessions.Fin.FERMEE)
                : PolitiqueSessions.Fin.FERMEE;
        var adresse = "/connexion?session=" + fin.name().toLowerCase(Locale.ROOT);
        var requete = evenement.getRequest();
        var reponse = evenement.getResponse();
        if (HandlerHelper.RequestType.UIDL.getIdentifier()
                .equals(requete.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER))) {
            reponse.setContentType(JsonConstants.JSON_CONTENT_TYPE);
            reponse.setHeader("Cache-Control", "no-cache");
            reponse.getWriter().write(VaadinService.createCriticalNotificationJSON(null, null, null,
                    requete.getContextPath() + adresse));
            return;
        }
        redirection.sendRedirect(requete, reponse, adresse);
    }
}
