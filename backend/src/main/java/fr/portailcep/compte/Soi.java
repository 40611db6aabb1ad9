package fr.portailcep.compte;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The account a service receives as "me" is the one signed in on this request: a page passes its own, never
 * another person's (the services that take a {@code Compte moi} check it here rather than trust it).
 */
final class Soi {

    private Soi() {
    }

    static Compte exiger(Compte moi) {
        var authentification = SecurityContextHolder.getContext().getAuthentication();
        if (moi == null || authentification == null || !moi.email().equals(authentification.getName())) {
            throw new AccessDeniedException("Ce compte n’est pas le vôtre");
        }
        return moi;
    }
}
