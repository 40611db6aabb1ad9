package fr.portailcep.compte.web;

import java.util.List;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.shared.ApplicationConstants;

import fr.portailcep.compte.SessionsOuvertes;

/**
 * The sessions registry as Spring's session filter sees it, minus Vaadin's heartbeats. An open tab sends one every
 * two minutes ({@code ?v-r=heartbeat}) without the person doing anything: it must not keep the session alive, so
 * it is neither activity nor the request that finds the session over (the next real request does, and the page
 * then says why).
 */
class RegistreSessionsWeb implements SessionRegistry {

    private final SessionsOuvertes sessions;

    RegistreSessionsWeb(SessionsOuvertes sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<Object> getAllPrincipals() {
        return sessions.getAllPrincipals();
    }

    @Override
    public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
        return sessions.getAllSessions(principal, includeExpiredSessions);
    }

    @Override
    public SessionInformation getSessionInformation(String sessionId) {
        return estBattement() ? null : sessions.getSessionInformation(sessionId);
    }

    @Override
    public void refreshLastRequest(String sessionId) {
        if (!estBattement()) {
            sessions.refreshLastRequest(sessionId);
        }
    }

    @Override
    public void registerNewSession(String sessionId, Object principal) {
        sessions.registerNewSession(sessionId, principal);
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        sessions.removeSessionInformation(sessionId);
    }

    static boolean estBattement() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributs
                && HandlerHelper.RequestType.HEARTBEAT.getIdentifier()
                        .equals(attributs.getRequest().getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER));
    }
}
