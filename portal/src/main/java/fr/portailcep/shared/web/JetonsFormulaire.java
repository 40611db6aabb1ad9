package fr.portailcep.shared.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpSession;

/**
 * One submission per form shown. Without JavaScript nothing stops a double tap from posting a form twice, and the
 * Back button can post it again: each form that acts (books, cancels, sends) carries a one-time token
 * ({@code <input type="hidden" name="jeton">}, from {@link #nouveau}). The first post takes it
 * ({@link #prendre}); a second post of the same token learns where the first one led ({@link #dejaTraite}) and is
 * sent there instead of acting again. Kept in the HTTP session, at most {@value #MAX} per session.
 */
@Component
public class JetonsFormulaire {

    static final int MAX = 50;
    private static final String ATTRIBUT = JetonsFormulaire.class.getName();
    private static final String EN_COURS = "";
    private static final SecureRandom HASARD = new SecureRandom();

    /** The state of a token at the moment of a post. */
    public sealed interface Etat {
        /** Never issued, or forgotten: refuse cleanly (the form is shown again, what was typed kept). */
        record Inconnu() implements Etat {
        }

        /** Taken now by this post: act, then call {@link JetonsFormulaire#traite}. */
        record Pris() implements Etat {
        }

        /** Already used: go where the first post went (empty while the first post is still running). */
        record DejaTraite(Optional<String> adresse) implements Etat {
        }
    }

    public String nouveau(HttpSession session) {
        var octets = new byte[18];
        HASARD.nextBytes(octets);
        var jeton = Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
        synchronized (verrou(session)) {
            var jetons = jetons(session);
            jetons.put(jeton, null);
            while (jetons.size() > MAX) {
                jetons.remove(jetons.keySet().iterator().next());
            }
            session.setAttribute(ATTRIBUT, jetons);
        }
        return jeton;
    }

    public Etat prendre(HttpSession session, String jeton) {
        if (jeton == null || jeton.isBlank()) {
            return new Etat.Inconnu();
        }
        synchronized (verrou(session)) {
            var jetons = jetons(session);
            if (!jetons.containsKey(jeton)) {
                return new Etat.Inconnu();
            }
            var adresse = jetons.get(jeton);
            if (adresse != null) {
                return new Etat.DejaTraite(EN_COURS.equals(adresse) ? Optional.empty() : Optional.of(adresse));
            }
            jetons.put(jeton, EN_COURS);
            session.setAttribute(ATTRIBUT, jetons);
            return new Etat.Pris();
        }
    }

    /** The post that took the token led to {@code adresse}: a replay goes there. */
    public void traite(HttpSession session, String jeton, String adresse) {
        synchronized (verrou(session)) {
            var jetons = jetons(session);
            jetons.put(jeton, adresse);
            session.setAttribute(ATTRIBUT, jetons);
        }
    }

    /** The post that took the token was refused (bad input): the same form may be posted again. */
    public void rendre(HttpSession session, String jeton) {
        synchronized (verrou(session)) {
            var jetons = jetons(session);
            jetons.put(jeton, null);
            session.setAttribute(ATTRIBUT, jetons);
        }
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashMap<String, String> jetons(HttpSession session) {
        var valeur = session.getAttribute(ATTRIBUT);
        return valeur instanceof LinkedHashMap<?, ?> m ? (LinkedHashMap<String, String>) m : new LinkedHashMap<>();
    }

    private static Object verrou(HttpSession session) {
        // The session object itself is shared by the requests of one session in Tomcat (a facade per request
        // delegates to it): its id is interned to give one lock per session.
        return ("jetons-formulaire:" + session.getId()).intern();
    }

    static Map<String, String> pourTest(HttpSession session) {
        return jetons(session);
    }
}
