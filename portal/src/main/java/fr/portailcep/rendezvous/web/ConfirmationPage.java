package fr.portailcep.rendezvous.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.portailcep.rendezvous.Modalite;
import fr.portailcep.shared.web.PageHtml;

import jakarta.servlet.http.HttpSession;

/**
 * "Look at your courriels", and the slot asked (HTML-first, DD020), after {@link CoordonneesPage} (post, redirect,
 * get). Nothing here depends on what happened to the address: a new booking, a rendez-vous already to come, a staff
 * address all get this page, and each a courriel of its own (DD008). What it shows comes from the session, never
 * from the address of the page.
 */
@Controller
@PageHtml
class ConfirmationPage {

    static final String CHEMIN = "/rendez-vous/confirmation";
    static final String ATTRIBUT = ConfirmationPage.class.getName();

    /** The booking asked, as the page shows it. */
    record Demandee(String email, Instant debut, Instant fin, Modalite modalite, UUID siteId) implements Serializable {
    }

    private final CreneauxAffichage affichage;

    ConfirmationPage(CreneauxAffichage affichage) {
        this.affichage = affichage;
    }

    @GetMapping(CHEMIN)
    String afficher(HttpSession session, Model modele) {
        if (!(session.getAttribute(ATTRIBUT) instanceof Demandee demandee)) {
            return "redirect:" + CreneauxPage.CHEMIN;
        }
        modele.addAttribute("titrePage", affichage.titre("confirmation.titre", false));
        modele.addAttribute("email", demandee.email());
        modele.addAttribute("recap", affichage.recapitulatif(demandee.debut(), demandee.fin(), demandee.modalite(),
                demandee.siteId()));
        return "rendezvous/confirmation";
    }
}
