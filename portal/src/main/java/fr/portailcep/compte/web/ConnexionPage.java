package fr.portailcep.compte.web;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.ServletRequestPathUtils;

import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.ConnexionDemo;
import fr.portailcep.compte.ConnexionParCourriel;
import fr.portailcep.compte.DemandeCode;
import fr.portailcep.compte.OrigineCourante;
import fr.portailcep.compte.SessionsOuvertes;
import fr.portailcep.compte.Verification;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.AccueilRoutes;
import fr.portailcep.shared.ui.Public;
import fr.portailcep.shared.web.ErreursFormulaire;
import fr.portailcep.shared.web.JetonsFormulaire;
import fr.portailcep.shared.web.PageHtml;

/**
 * Sign-in, HTML-first (DD020): with a passkey (a small script, {@code /js/connexion.js}, shows the button when the
 * browser can use one), or with a code received by email, which works without JavaScript: the address is posted
 * ({@code POST /connexion}), the code is typed on {@code /connexion/code}. In the demo profile only, a third block
 * signs in as any demo person in one tap; outside it the block, and the service behind it, do not exist.
 * <p>
 * An accepted code (or a demo tap) gives a ticket that Spring Security's one-time-token login spends
 * ({@code POST /login/ott}, DD002): the post of the form is forwarded there on the server, so that the person is
 * signed in by the same request, without a second form to send. The request in progress is between two sessions
 * only once Spring has changed its id.
 * <p>
 * The address asked for is kept in the HTTP session ({@link CodeEnvoye}), never in the address bar.
 */
@Controller
@PageHtml
class ConnexionPage {

    static final String CHEMIN = "/" + AccueilRoutes.CONNEXION;
    static final String CHEMIN_CODE = CHEMIN + "/code";
    private static final String ATTRIBUT = CodeEnvoye.class.getName();

    /** The code asked for in this session: the code typed is checked against {@code jeton}. */
    record CodeEnvoye(UUID jeton, String email, Instant expireLe) implements Serializable {
    }

    private final ConnexionParCourriel connexion;
    private final ObjectProvider<ConnexionDemo> demo;
    private final SessionsOuvertes sessions;
    private final AuthenticationContext authentification;
    private final OrigineCourante origine;
    private final JetonsFormulaire jetons;
    private final MessageSource textes;
    private final Clock horloge;

    ConnexionPage(ConnexionParCourriel connexion, ObjectProvider<ConnexionDemo> demo, SessionsOuvertes sessions,
            AuthenticationContext authentification, OrigineCourante origine, JetonsFormulaire jetons,
            MessageSource textes, Clock horloge) {
        this.connexion = connexion;
        this.demo = demo;
        this.sessions = sessions;
        this.authentification = authentification;
        this.origine = origine;
        this.jetons = jetons;
        this.textes = textes;
        this.horloge = horloge;
    }

    @GetMapping(CHEMIN)
    String afficher(@RequestParam Map<String, String> parametres, HttpSession session, Model modele) {
        if (authentification.isAuthenticated()) {
            return "redirect:" + AccueilRoutes.accueilDe(Public.de(authentification).name());
        }
        modele.addAttribute("avis", avis(parametres));
        return pageAdresse(modele, session, "", ErreursFormulaire.aucune(), null);
    }

    @PostMapping(CHEMIN)
    String demander(@RequestParam(name = "email", required = false) String email,
            @RequestParam(name = "jeton", required = false) String jeton, HttpSession session, Model modele) {
        var saisie = email == null ? "" : email;
        return switch (jetons.prendre(session, jeton)) {
            case JetonsFormulaire.Etat.Inconnu inconnu -> pageAdresse(modele, session, saisie,
                    ErreursFormulaire.aucune().generale(texte("formulaire.expire")), null);
            case JetonsFormulaire.Etat.DejaTraite deja -> "redirect:" + deja.adresse().orElse(CHEMIN_CODE);
            case JetonsFormulaire.Etat.Pris pris -> {
                var refus = envoyer(saisie, session);
                if (refus == null) {
                    jetons.traite(session, jeton, CHEMIN_CODE);
                    yield "redirect:" + CHEMIN_CODE;
                }
                jetons.rendre(session, jeton);
                yield pageAdresse(modele, session, saisie, ErreursFormulaire.aucune().champ("email", refus), jeton);
            }
        };
    }

    /** Asks a code for the address typed; null when it is on its way, else the refusal to say beside the field. */
    private String envoyer(String saisie, HttpSession session) {
        if (saisie.isBlank()) {
            return texte("connexion.email.vide");
        }
        var adresse = AdresseCourriel.lire(saisie);
        if (adresse.isEmpty()) {
            return texte("connexion.email.invalide");
        }
        return switch (connexion.demanderCode(adresse.get(), null, null, origine.lire())) {
            case DemandeCode.Envoyee envoyee -> {
                session.setAttribute(ATTRIBUT, new CodeEnvoye(envoyee.jeton(), envoyee.email(), envoyee.expireLe()));
                yield null;
            }
            case DemandeCode.TropDeDemandes trop -> texte("connexion.email.tropdedemandes", heure(trop.reessayerApres()));
            case DemandeCode.Verrouillee verrou -> texte("connexion.email.verrouillee", heure(verrou.jusqua()));
        };
    }

    @GetMapping(CHEMIN_CODE)
    String afficherCode(HttpSession session, Model modele) {
        if (authentification.isAuthenticated()) {
            return "redirect:" + AccueilRoutes.accueilDe(Public.de(authentification).name());
        }
        var envoi = envoi(session);
        if (envoi == null) {
            return "redirect:" + CHEMIN;
        }
        return pageCode(modele, session, envoi, "", ErreursFormulaire.aucune(), null);
    }

    /** Returns null once the session is open (the response is then Spring Security's redirect). */
    @PostMapping(CHEMIN_CODE)
    ModelAndView verifier(@RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "jeton", required = false) String jeton, HttpServletRequest requete,
            HttpServletResponse reponse, HttpSession session, Model modele) throws ServletException, IOException {
        var saisie = code == null ? "" : code;
        var envoi = envoi(session);
        if (envoi == null) {
            return new ModelAndView("redirect:" + CHEMIN);
        }
        return switch (jetons.prendre(session, jeton)) {
            case JetonsFormulaire.Etat.Inconnu inconnu -> new ModelAndView(pageCode(modele, session, envoi, saisie,
                    ErreursFormulaire.aucune().generale(texte("formulaire.expire")), null));
            // Signed in by the first post: the sign-in page sends the person home.
            case JetonsFormulaire.Etat.DejaTraite deja -> new ModelAndView("redirect:" + deja.adresse().orElse(CHEMIN));
            case JetonsFormulaire.Etat.Pris pris -> {
                var resultat = verifierCode(envoi, saisie);
                if (resultat instanceof Verification.Valide valide) {
                    jetons.traite(session, jeton, CHEMIN);
                    session.removeAttribute(ATTRIBUT);
                    ouvrirSession(valide.ticket(), requete, reponse);
                    yield null;
                }
                jetons.rendre(session, jeton);
                yield new ModelAndView(pageCode(modele, session, envoi, saisie,
                        ErreursFormulaire.aucune().champ("code", refus(resultat)), jeton));
            }
        };
    }

    private Verification verifierCode(CodeEnvoye envoi, String saisie) {
        var chiffres = saisie.replaceAll("\\s", "");
        if (!chiffres.matches("\\d{6}")) {
            return null;
        }
        return connexion.verifierCode(envoi.jeton(), chiffres, origine.lire());
    }

    private String refus(Verification resultat) {
        return switch (resultat) {
            case null -> texte("connexion.code.format");
            case Verification.Valide valide -> throw new IllegalStateException("Un code accepté n’est pas un refus");
            case Verification.Incorrect incorrect -> incorrect.essaisRestants() == 1
                    ? texte("connexion.code.incorrect.un")
                    : texte("connexion.code.incorrect", incorrect.essaisRestants());
            case Verification.Patienter patienter -> texte("connexion.code.patienter",
                    Math.max(1, (Duration.between(horloge.instant(), patienter.jusqua()).toMillis() + 999) / 1000));
            case Verification.Bloque bloque -> texte("connexion.code.bloque");
            case Verification.Verrouillee verrou -> texte("connexion.code.verrouille", heure(verrou.jusqua()));
            case Verification.Expire expire -> texte("connexion.code.expire");
            case Verification.DejaUtilise deja -> texte("connexion.code.utilise");
            case Verification.Inconnu inconnu -> texte("connexion.code.inconnu");
        };
    }

    /** "Recevoir un nouveau code" for the same address. */
    @PostMapping(CHEMIN_CODE + "/nouveau")
    String redemander(@RequestParam(name = "jeton", required = false) String jeton, HttpSession session,
            Model modele) {
        var envoi = envoi(session);
        if (envoi == null) {
            return "redirect:" + CHEMIN;
        }
        return switch (jetons.prendre(session, jeton)) {
            case JetonsFormulaire.Etat.Inconnu inconnu -> pageCode(modele, session, envoi, "",
                    ErreursFormulaire.aucune().generale(texte("formulaire.expire")), null);
            case JetonsFormulaire.Etat.DejaTraite deja -> "redirect:" + deja.adresse().orElse(CHEMIN_CODE);
            case JetonsFormulaire.Etat.Pris pris -> {
                var refus = envoyer(envoi.email(), session);
                if (refus == null) {
                    jetons.traite(session, jeton, CHEMIN_CODE);
                    yield "redirect:" + CHEMIN_CODE;
                }
                // As the Vaadin page did: back to the address, kept, with the reason beside it.
                jetons.traite(session, jeton, CHEMIN);
                yield pageAdresse(modele, session, envoi.email(), ErreursFormulaire.aucune().champ("email", refus),
                        null);
            }
        };
    }

    /** Demo only: signs in as a demo person, with the same ticket as a code. */
    @PostMapping(CHEMIN + "/demo")
    void connecterDemo(@RequestParam(name = "personne", required = false) String personne,
            HttpServletRequest requete, HttpServletResponse reponse) throws ServletException, IOException {
        var service = demo.getIfAvailable();
        UUID id;
        try {
            id = UUID.fromString(personne == null ? "" : personne);
        } catch (IllegalArgumentException e) {
            id = null;
        }
        if (service == null || id == null) {
            reponse.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var compte = id;
        if (service.personnes().stream().noneMatch(p -> p.id().equals(compte))) {
            reponse.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ouvrirSession(service.ticketPour(id, origine.lire()), requete, reponse);
    }

    /**
     * Hands the ticket to Spring Security's one-time-token login within this request: it opens the session (new
     * id, events, registry) and redirects where {@link RedirectionApresConnexion} says, or to
     * {@code /connexion?erreur=ticket}. The path Spring MVC parsed for this request is forgotten first, or Spring
     * Security's matcher would still see {@code /connexion/code}.
     */
    private static void ouvrirSession(String ticket, HttpServletRequest requete, HttpServletResponse reponse)
            throws ServletException, IOException {
        ServletRequestPathUtils.clearParsedRequestPath(requete);
        requete.getRequestDispatcher("/login/ott?token=" + URLEncoder.encode(ticket, StandardCharsets.UTF_8))
                .forward(requete, reponse);
    }

    private String pageAdresse(Model modele, HttpSession session, String email, ErreursFormulaire erreurs,
            String jeton) {
        modele.addAttribute("email", email);
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("jeton", jeton != null ? jeton : jetons.nouveau(session));
        demo.ifAvailable(d -> modele.addAttribute("demo", d.personnes().stream()
                .map(p -> new PersonneDemo(p.id().toString(),
                        "demo-" + p.email().substring(0, p.email().indexOf('@')).replace('.', '-'),
                        p.nomAffiche(), texte("role." + p.role().name())))
                .toList()));
        return "compte/connexion";
    }

    private String pageCode(Model modele, HttpSession session, CodeEnvoye envoi, String code,
            ErreursFormulaire erreurs, String jeton) {
        modele.addAttribute("envoye", texte("connexion.code.envoye", envoi.email(), heure(envoi.expireLe())));
        modele.addAttribute("code", code);
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("jeton", jeton != null ? jeton : jetons.nouveau(session));
        modele.addAttribute("jetonNouveau", jetons.nouveau(session));
        return "compte/connexion-code";
    }

    /** A demo person's button. */
    record PersonneDemo(String id, String identifiant, String nom, String role) {
    }

    private static CodeEnvoye envoi(HttpSession session) {
        return session.getAttribute(ATTRIBUT) instanceof CodeEnvoye envoi ? envoi : null;
    }

    /** What the page says on arrival: signed out, session ended by the portal, or a sign-in that failed. */
    private String avis(Map<String, String> parametres) {
        if (parametres.containsKey("deconnexion")) {
            return texte("connexion.avis.deconnexion");
        }
        if (parametres.containsKey("session")) {
            return finDeSession(parametres.get("session"));
        }
        if (parametres.containsKey("erreur")) {
            return texte("connexion.avis.erreur");
        }
        return null;
    }

    /** Why the portal ended the session: closed from elsewhere, idle, or open too long, with the configured time. */
    private String finDeSession(String motif) {
        var politique = sessions.politique();
        return switch (motif == null ? "" : motif) {
            case "inactivite" -> politique.inactivite().equals(politique.inactivitePros())
                    ? texte("connexion.avis.session.inactivite", String.valueOf(politique.inactivite().toMinutes()))
                    : texte("connexion.avis.session.inactivite.generique");
            case "duree" -> politique.dureeMax().equals(politique.dureeMaxPros())
                    && politique.dureeMax().toMinutes() % 60 == 0
                    ? texte("connexion.avis.session.duree", String.valueOf(politique.dureeMax().toHours()))
                    : texte("connexion.avis.session.duree.generique");
            default -> texte("connexion.avis.session");
        };
    }

    private String heure(Instant instant) {
        return Formats.francais().heure(instant, horloge.getZone());
    }

    private String texte(String cle, Object... arguments) {
        return textes.getMessage(cle, arguments, Locale.FRANCE);
    }
}
