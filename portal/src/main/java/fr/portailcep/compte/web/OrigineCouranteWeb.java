package fr.portailcep.compte.web;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import fr.portailcep.compte.OrigineCourante;
import fr.portailcep.compte.OrigineRequete;

/**
 * The network address and browser of the current request. Behind a reverse proxy, set
 * {@code server.forward-headers-strategy=native} so that the address is the person's, not the proxy's.
 */
@Component
class OrigineCouranteWeb implements OrigineCourante {

    @Override
    public OrigineRequete lire() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributs) {
            var requete = attributs.getRequest();
            return new OrigineRequete(requete.getRemoteAddr(), requete.getHeader("User-Agent"));
        }
        return OrigineRequete.INCONNUE;
    }
}
