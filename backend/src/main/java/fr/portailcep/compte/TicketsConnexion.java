package fr.portailcep.compte;

import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Component;

/**
 * Plugs the portal's email codes into Spring Security's one-time-token login: once a code or link was accepted,
 * the page posts the ticket to {@code /login/ott} and Spring opens the session (session fixation protection,
 * events, remember of the requested page). Tickets are never generated from a user name by Spring's endpoint.
 */
@Component
class TicketsConnexion implements OneTimeTokenService {

    private final ConnexionParCourriel connexion;

    TicketsConnexion(ConnexionParCourriel connexion) {
        this.connexion = connexion;
    }

    @Override
    public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
        throw new UnsupportedOperationException("Les codes sont créés par ConnexionParCourriel");
    }

    @Override
    public OneTimeToken consume(OneTimeTokenAuthenticationToken authenticationToken) {
        var ticket = authenticationToken.getTokenValue();
        return connexion.consommerTicket(ticket)
                .map(email -> new DefaultOneTimeToken(ticket, email, java.time.Instant.now()))
                .orElse(null);
    }
}
