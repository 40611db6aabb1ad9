package fr.portailcep.compte.web;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.portailcep.compte.ConnexionParCourriel;
import fr.portailcep.compte.OrigineCourante;
import fr.portailcep.compte.Verification;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.web.JetonsFormulaire;
import fr.portailcep.shared.web.PageHtml;

/**
 * The link of the sign-in courriel (DD020, HTML-first). Opening it spends nothing: mail scanners that open links to
 * check them must not use it up. One touch on « Me connecter » posts the link, which is checked
 * ({@link ConnexionParCourriel#verifierLien}); a good link gives a one-time ticket, and the next page is a plain form
 * that posts it to Spring Security ({@code POST /login/ott}, as the Vaadin page did by script), with a button and no
 * script. The ticket waits in the session, under the form's one-time token: a double tap lands on the same ticket.
 */
@Controller
@PageHtml
class LienConnexionPage {

    static final String CHEMIN = "/connexion/lien";
    static final String PRET = CHEMIN + "/pret";
    private static final String TICKET = LienConnexionPage.class.getName() + ".ticket";

    private final ConnexionParCourriel connexion;
    private final OrigineCourante origine;
    private final JetonsFormulaire jetons;
    private final MessageSource textes;
    private final Clock horloge;

    LienConnexionPage(ConnexionParCourriel connexion, OrigineCourante origine, JetonsFormulaire jetons,
            MessageSource textes, Clock horloge) {
        this.connexion = connexion;
        this.origine = origine;
        this.jetons = jetons;
        this.textes = textes;
        this.horloge = horloge;
    }

    @GetMapping(CHEMIN)
    String afficher(@RequestParam(required = false) String jeton, @RequestParam(required = false) String secret,
            Model modele, HttpSession session) {
        formulaire(modele, jeton, secret, session, null);
        return "compte/lien-connexion";
    }

    @PostMapping(CHEMIN)
    String utiliser(@RequestParam(name = "lien", required = false) String lien,
            @RequestParam(required = false) String secret, @RequestParam(required = false) String jeton,
            Model modele, HttpSession session) {
        switch (jetons.prendre(session, jeton)) {
            case JetonsFormulaire.Etat.DejaTraite deja -> {
                return "redirect:" + deja.adresse().orElse(PRET);
            }
            case JetonsFormulaire.Etat.Inconnu inconnu -> {
                formulaire(modele, lien, secret, session, texte("formulaire.expire"));
                return "compte/lien-connexion";
            }
            case JetonsFormulaire.Etat.Pris pris -> {
                // Used below.
            }
        }
        var resultat = uuid(lien) == null ? new Verification.Inconnu()
                : connexion.verifierLien(uuid(lien), secret == null ? "" : secret, origine.lire());
        if (resultat instanceof Verification.Valide valide) {
            session.setAttribute(TICKET, valide.ticket());
            jetons.traite(session, jeton, PRET);
            return "redirect:" + PRET;
        }
        var message = switch (resultat) {
            case Verification.Expire e -> texte("lien.expire");
            case Verification.DejaUtilise d -> texte("lien.utilise");
            case Verification.Bloque b -> texte("lien.bloque");
            case Verification.Verrouillee v -> texte("lien.verrouille",
                    Formats.francais().heure(v.jusqua(), horloge.getZone()));
            default -> texte("lien.inconnu");
        };
        jetons.traite(session, jeton, PRET);
        session.removeAttribute(TICKET);
        modele.addAttribute("etat", "refuse");
        modele.addAttribute("message", message);
        return "compte/lien-connexion";
    }

    /** The ticket of a good link, ready to be posted to Spring Security; none: back to the sign-in page. */
    @GetMapping(PRET)
    String pret(Model modele, HttpSession session) {
        if (!(session.getAttribute(TICKET) instanceof String ticket)) {
            return "redirect:/connexion";
        }
        modele.addAttribute("etat", "pret");
        modele.addAttribute("ticket", ticket);
        modele.addAttribute("message", texte("lien.pret"));
        return "compte/lien-connexion";
    }

    private void formulaire(Model modele, String lien, String secret, HttpSession session, String erreur) {
        modele.addAttribute("etat", "lien");
        modele.addAttribute("lien", lien == null ? "" : lien);
        modele.addAttribute("secret", secret == null ? "" : secret);
        modele.addAttribute("jeton", jetons.nouveau(session));
        modele.addAttribute("message", texte("lien.texte"));
        modele.addAttribute("erreur", erreur);
    }

    private static UUID uuid(String valeur) {
        if (valeur == null || valeur.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(valeur);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String texte(String cle, Object... arguments) {
        return textes.getMessage(cle, arguments, Locale.FRANCE);
    }
}
