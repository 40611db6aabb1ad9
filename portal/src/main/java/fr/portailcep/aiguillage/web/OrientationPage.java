package fr.portailcep.aiguillage.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import fr.portailcep.aiguillage.Aiguillage;
import fr.portailcep.aiguillage.AiguillageService;
import fr.portailcep.aiguillage.Orientation;
import fr.portailcep.parcours.NumeroDossier;
import fr.portailcep.shared.web.PageHtml;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Another operator fits the person better: who, why, how to reach them, HTML-first (DD020). The person may still
 * book here (the choice of operator is theirs, CCTP §1.2.4): a form posts their choice, which is recorded, and leads
 * to the free slots with the context of the request in the HTTP session. Their aiguillage is recorded either way.
 * The address is the Vaadin view's, with the aiguillage's id (no personal data).
 */
@Controller
@PageHtml
class OrientationPage {

    static final String CHEMIN = "/rendez-vous/orientation/";

    private final AiguillageService aiguillages;
    private final MessageSource textes;

    OrientationPage(AiguillageService aiguillages, MessageSource textes) {
        this.aiguillages = aiguillages;
        this.textes = textes;
    }

    static String adresse(UUID aiguillage) {
        return CHEMIN + aiguillage;
    }

    /**
     * One operator as the page shows it.
     *
     * @param lien its web site, or null
     */
    record Carte(String nom, String pourquoi, String contact, String lien, String libelleLien) {
    }

    @GetMapping(CHEMIN + "{id}")
    String afficher(@PathVariable String id, Model modele, HttpServletResponse reponse) {
        var trouve = orientationAilleurs(id);
        if (trouve.isEmpty()) {
            return inconnue(reponse);
        }
        var aiguillage = trouve.get();
        modele.addAttribute("id", aiguillage.id());
        modele.addAttribute("principale", carte(aiguillage.orientationProposee()));
        modele.addAttribute("autres", aiguillage.autresOrientations().stream().map(this::carte).toList());
        modele.addAttribute("numero", NumeroDossier.lire(aiguillage.numeroDossier()).affiche());
        return "aiguillage/orientation";
    }

    /** "I'd rather book here": recorded (once, however often it is posted), then the free slots. */
    @PostMapping(CHEMIN + "{id}")
    String poursuivre(@PathVariable String id, HttpSession session, HttpServletResponse reponse) {
        var trouve = orientationAilleurs(id);
        if (trouve.isEmpty()) {
            return inconnue(reponse);
        }
        var suite = aiguillages.poursuivre(trouve.get().id());
        session.setAttribute(AiguillagePage.CONTEXTE, aiguillages.contexte(suite));
        return "redirect:" + AiguillagePage.CRENEAUX;
    }

    /** An aiguillage that advised another operator (one that led to the slots has no orientation page). */
    private Optional<Aiguillage> orientationAilleurs(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return aiguillages.parId(uuid).filter(a -> !a.orientationProposee().estInterne());
    }

    /** A link that leads nowhere (mistyped, or of an aiguillage that led to the slots): say so, offer to start. */
    private static String inconnue(HttpServletResponse reponse) {
        reponse.setStatus(HttpStatus.NOT_FOUND.value());
        return "aiguillage/orientation-inconnue";
    }

    private Carte carte(Orientation orientation) {
        var cle = "orientation." + orientation.name();
        var nom = texte(cle + ".nom");
        var lien = texte(cle + ".lien");
        return new Carte(nom, texte(cle + ".pourquoi"), texte(cle + ".contact"), lien.isBlank() ? null : lien,
                textes.getMessage("orientation.site", new Object[] { nom }, Locale.FRANCE));
    }

    private String texte(String cle) {
        return textes.getMessage(cle, null, Locale.FRANCE);
    }
}
