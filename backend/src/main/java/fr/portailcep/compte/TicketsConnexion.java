package fr.portailcep.compte;

import java.time.Clock;

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
    private final Clock horloge;

    TicketsConnexion(ConnexionParCourriel connexion, Clock horloge) {
        this.connexion = connexion;
        this.horloge = horloge;
    }

    @Override
    public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
        throw new UnsupportedOperationException("Les codes sont créés par ConnexionParCourriel");
    }

    @Override
    public OneTimeToken consume(OneTimeTokenAuthenticationToken authenticationToken) {
        var ticket = authenticationToken.getTokenValue();
        // Consumed here and now: the token expires at once (Spring does not read it again).
        return connexion.consommerTicket(ticket)
                .map(email -> new DefaultOneTimeToken(ticket, email, horloge.instant()))
                .orElse(null);
    }
}
