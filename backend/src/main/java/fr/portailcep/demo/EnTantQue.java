package fr.portailcep.demo;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import fr.portailcep.compte.Compte;

/**
 * Demo data are written through the same secured services as the views, as the demo person who would have done it
 * (Julien Weber engages Thomas's UO1, Léa chooses her organisation): the rights and the history are the real ones.
 */
final class EnTantQue {

    private EnTantQue() {
    }

    static <T> T executer(Compte compte, Supplier<T> action) {
        var avant = SecurityContextHolder.getContext();
        var contexte = SecurityContextHolder.createEmptyContext();
        contexte.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(compte.email(), null,
                List.of(new SimpleGrantedAuthority(compte.role().autorite()))));
        SecurityContextHolder.setContext(contexte);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(avant);
        }
    }

    static void faire(Compte compte, Runnable action) {
        executer(compte, () -> {
            action.run();
            return null;
        });
    }
}
