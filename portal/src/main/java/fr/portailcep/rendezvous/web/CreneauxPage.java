package fr.portailcep.rendezvous.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.portailcep.rendezvous.CreneauxService;
import fr.portailcep.rendezvous.FiltreCreneaux;
import fr.portailcep.rendezvous.Modalite;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.web.Option;
import fr.portailcep.shared.web.PageHtml;

import jakarta.servlet.http.HttpSession;

/**
 * The free slots, next ones first, by day (HTML-first, DD020): the date by which a first exchange is guaranteed,
 * two filters (how, where) sent by an ordinary form, each slot a link to the contact form, more days by a link; and,
 * when nothing suits before that date, the call-back request instead of a dead end. Without a request under way
 * (the aiguillage puts it in the session), the aiguillage.
 */
@Controller
@PageHtml
class CreneauxPage {

    static final String CHEMIN = "/rendez-vous/creneaux";
    static final int JOURS_PAR_PAGE = 5;
    private static final String TOUS = "TOUS";

    private final CreneauxService creneaux;
    private final CreneauxAffichage affichage;

    CreneauxPage(CreneauxService creneaux, CreneauxAffichage affichage) {
        this.creneaux = creneaux;
        this.affichage = affichage;
    }

    @GetMapping(CHEMIN)
    String afficher(@RequestParam(name = "modalite", required = false) String modalite,
            @RequestParam(name = "site", required = false) String site,
            @RequestParam(name = "jours", required = false) String jours, HttpSession session, Model modele) {
        var contexte = affichage.contexte(session);
        if (contexte.isEmpty()) {
            return "redirect:" + CreneauxAffichage.AIGUILLAGE;
        }
        var dateLimite = affichage.dateLimite(contexte.get());
        var choixModalite = modalite(modalite);
        var aDistance = choixModalite != null && choixModalite.aDistance();
        var sites = affichage.sites();
        var demande = aDistance ? null : uuid(site);
        var choixSite = demande != null && sites.stream().anyMatch(s -> s.id().equals(demande)) ? demande : null;
        var libres = creneaux.proposes(new FiltreCreneaux(choixModalite, choixSite), CreneauxService.HORIZON_JOURS);
        var tousLesJours = affichage.parJour(libres, dateLimite);
        var nombre = Math.max(JOURS_PAR_PAGE, Math.min(entier(jours), CreneauxService.HORIZON_JOURS));
        var montres = tousLesJours.subList(0, Math.min(nombre, tousLesJours.size()));
        var avantEcheance = libres.stream().anyMatch(c -> !affichage.jour(c).isAfter(dateLimite));

        var modalites = new ArrayList<Option>();
        modalites.add(new Option(TOUS, affichage.texte("modalite.TOUS"), null));
        for (var m : List.of(Modalite.SUR_SITE, Modalite.TELEPHONE, Modalite.VISIO)) {
            modalites.add(new Option(m.name(), affichage.texte("modalite." + m.name()), null));
        }
        modele.addAttribute("titrePage", affichage.titre("creneaux.titre", false));
        modele.addAttribute("echeance", affichage.texte("creneaux.echeance",
                Formats.francais().dateLongue(dateLimite)));
        modele.addAttribute("apres", avantEcheance ? null
                : affichage.texte("creneaux.apres", Formats.francais().dateLongue(dateLimite)));
        modele.addAttribute("modalites", modalites);
        modele.addAttribute("modalite", choixModalite == null ? TOUS : choixModalite.name());
        modele.addAttribute("sites", sites.size() > 1 ? sites : List.of());
        modele.addAttribute("site", choixSite == null ? "" : choixSite.toString());
        modele.addAttribute("jours", montres);
        modele.addAttribute("plus", tousLesJours.size() > nombre ? suivante(choixModalite, choixSite, nombre) : null);
        // The first day of the next page gets the focus target of the "more days" link.
        modele.addAttribute("premierNouveau", nombre > JOURS_PAR_PAGE ? nombre - JOURS_PAR_PAGE : -1);
        return "rendezvous/creneaux";
    }

    private static String suivante(Modalite modalite, UUID site, int nombre) {
        var adresse = new StringBuilder(CHEMIN).append("?jours=").append(nombre + JOURS_PAR_PAGE);
        if (modalite != null) {
            adresse.append("&modalite=").append(modalite.name());
        }
        if (site != null) {
            adresse.append("&site=").append(site);
        }
        return adresse.append("#jour-").append(nombre).toString();
    }

    static Modalite modalite(String texte) {
        if (texte == null || texte.isBlank()) {
            return null;
        }
        try {
            return Modalite.valueOf(texte);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static UUID uuid(String texte) {
        if (texte == null || texte.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(texte);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int entier(String texte) {
        try {
            return texte == null ? JOURS_PAR_PAGE : Integer.parseInt(texte);
        } catch (NumberFormatException e) {
            return JOURS_PAR_PAGE;
        }
    }
}
