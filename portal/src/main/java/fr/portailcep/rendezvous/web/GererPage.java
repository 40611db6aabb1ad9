package fr.portailcep.rendezvous.web;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import fr.portailcep.rendezvous.ChoixCreneau;
import fr.portailcep.rendezvous.CreneauxService;
import fr.portailcep.rendezvous.FiltreCreneaux;
import fr.portailcep.rendezvous.Gestion;
import fr.portailcep.rendezvous.GestionRendezVous;
import fr.portailcep.rendezvous.Modalite;
import fr.portailcep.rendezvous.RendezVous;
import fr.portailcep.rendezvous.VueRendezVous;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.web.ErreursFormulaire;
import fr.portailcep.shared.web.JetonsFormulaire;
import fr.portailcep.shared.web.Option;
import fr.portailcep.shared.web.PageHtml;

/**
 * The page of the personal link sent in each courriel (DD020, HTML-first): see the rendez-vous, move it, cancel
 * it, without a password. Moving starts from the same place and the same way of meeting; another place or another
 * way is a choice of its own, announced as such, and said again on the confirmation. Each act is a form with a
 * one-time token (a double tap acts once) followed by a redirect. An unknown, expired or revoked link answers 404
 * with what to do next.
 */
@Controller
@PageHtml
@RequestMapping("/" + GererPage.CHEMIN + "/{lien}")
class GererPage {

    static final String CHEMIN = "rendez-vous/gerer";
    static final String AIGUILLAGE = "/rendez-vous";
    private static final int JOURS_PAR_PAGE = 5;
    private static final int JOURS_MAX = CreneauxService.HORIZON_JOURS;
    private static final String FAIT = GererPage.class.getName() + ".fait.";

    private final GestionRendezVous gestion;
    private final CreneauxService creneaux;
    private final GererAffichage affichage;
    private final JetonsFormulaire jetons;

    GererPage(GestionRendezVous gestion, CreneauxService creneaux, GererAffichage affichage,
            JetonsFormulaire jetons) {
        this.gestion = gestion;
        this.creneaux = creneaux;
        this.affichage = affichage;
        this.jetons = jetons;
    }

    static String adresse(String lien) {
        return "/" + CHEMIN + "/" + lien;
    }

    @GetMapping
    String afficher(@PathVariable String lien, Model modele, HttpServletResponse reponse) {
        var trouvee = gestion.consulter(lien);
        if (trouvee.isEmpty()) {
            return invalide(reponse);
        }
        var vue = trouvee.get();
        commun(modele, lien, vue);
        modele.addAttribute("statut", affichage.texte("gerer.statut." + vue.rendezVous().statut().name()));
        modele.addAttribute("aVenir", vue.avis() == RendezVous.Avis.A_VENIR);
        modele.addAttribute("avis", vue.avis().name());
        if (vue.avis() == RendezVous.Avis.A_REPRENDRE && vue.deplacable()) {
            creneauxDuMemeEndroit(modele, lien, vue, null, null, JOURS_PAR_PAGE);
        }
        return "rendezvous/gerer";
    }

    @GetMapping("/deplacer")
    String deplacer(@PathVariable String lien, @RequestParam(required = false) String modalite,
            @RequestParam(required = false) String site, @RequestParam(defaultValue = "0") String jours,
            @RequestParam(required = false) String pris, Model modele, HttpServletResponse reponse) {
        var trouvee = gestion.consulter(lien);
        if (trouvee.isEmpty()) {
            return invalide(reponse);
        }
        var vue = trouvee.get();
        if (!vue.deplacable()) {
            return "redirect:" + adresse(lien);
        }
        commun(modele, lien, vue);
        modele.addAttribute("pris", pris != null);
        creneauxDuMemeEndroit(modele, lien, vue, modalite(modalite).orElse(null), uuid(site).orElse(null),
                entier(jours).filter(n -> n > 0).map(n -> Math.min(n, JOURS_MAX)).orElse(JOURS_PAR_PAGE));
        return "rendezvous/gerer-deplacer";
    }

    @GetMapping("/deplacer/confirmer")
    String confirmerDeplacement(@PathVariable String lien, @RequestParam(required = false) String debut,
            @RequestParam(required = false) String modalite, @RequestParam(required = false) String site,
            Model modele, HttpSession session, HttpServletResponse reponse) {
        var trouvee = gestion.consulter(lien);
        if (trouvee.isEmpty()) {
            return invalide(reponse);
        }
        var vue = trouvee.get();
        if (!vue.deplacable()) {
            return "redirect:" + adresse(lien);
        }
        var choix = choix(debut, modalite, site);
        if (choix.isEmpty()) {
            return "redirect:" + adresse(lien) + "/deplacer";
        }
        var c = choix.get();
        if (creneaux.creneauPropose(c.debut(), c.siteId(), c.modalite()).isEmpty()) {
            return "redirect:" + adresse(lien) + "/deplacer?pris";
        }
        modeleConfirmation(modele, lien, vue, c, session, ErreursFormulaire.aucune());
        return "rendezvous/gerer-confirmer";
    }

    @PostMapping("/deplacer")
    String deplacerPoste(@PathVariable String lien, @RequestParam(required = false) String debut,
            @RequestParam(required = false) String modalite, @RequestParam(required = false) String site,
            @RequestParam(required = false) String jeton, Model modele, HttpSession session,
            HttpServletResponse reponse) {
        var choix = choix(debut, modalite, site);
        switch (jetons.prendre(session, jeton)) {
            case JetonsFormulaire.Etat.DejaTraite deja -> {
                return "redirect:" + deja.adresse().orElse(adresse(lien));
            }
            case JetonsFormulaire.Etat.Inconnu inconnu -> {
                var trouvee = gestion.consulter(lien);
                if (trouvee.isEmpty()) {
                    return invalide(reponse);
                }
                if (choix.isEmpty() || !trouvee.get().deplacable()) {
                    return "redirect:" + adresse(lien);
                }
                modeleConfirmation(modele, lien, trouvee.get(), choix.get(), session, ErreursFormulaire.aucune()
                        .generale(affichage.texte("formulaire.expire")));
                return "rendezvous/gerer-confirmer";
            }
            case JetonsFormulaire.Etat.Pris p -> {
                // Taken below.
            }
        }
        if (choix.isEmpty()) {
            jetons.rendre(session, jeton);
            return "redirect:" + adresse(lien) + "/deplacer";
        }
        var suite = switch (gestion.deplacer(lien, choix.get())) {
            case Gestion.Faite faite -> {
                session.setAttribute(FAIT + lien, new GererAffichage.Fait("deplace", affichage.recap(faite.rendezVous())));
                yield adresse(lien) + "/fait";
            }
            case Gestion.CreneauPris pris -> adresse(lien) + "/deplacer?pris";
            case Gestion.LienInvalide invalide -> adresse(lien);
            case Gestion.PlusModifiable plus -> adresse(lien);
        };
        jetons.traite(session, jeton, suite);
        return "redirect:" + suite;
    }

    @GetMapping("/annuler")
    String annuler(@PathVariable String lien, Model modele, HttpSession session, HttpServletResponse reponse) {
        var trouvee = gestion.consulter(lien);
        if (trouvee.isEmpty()) {
            return invalide(reponse);
        }
        if (!trouvee.get().annulable()) {
            return "redirect:" + adresse(lien);
        }
        modeleAnnulation(modele, lien, trouvee.get(), session, ErreursFormulaire.aucune());
        return "rendezvous/gerer-annuler";
    }

    @PostMapping("/annuler")
    String annulerPoste(@PathVariable String lien, @RequestParam(required = false) String jeton, Model modele,
            HttpSession session, HttpServletResponse reponse) {
        switch (jetons.prendre(session, jeton)) {
            case JetonsFormulaire.Etat.DejaTraite deja -> {
                return "redirect:" + deja.adresse().orElse(adresse(lien));
            }
            case JetonsFormulaire.Etat.Inconnu inconnu -> {
                var trouvee = gestion.consulter(lien);
                if (trouvee.isEmpty()) {
                    return invalide(reponse);
                }
                if (!trouvee.get().annulable()) {
                    return "redirect:" + adresse(lien);
                }
                modeleAnnulation(modele, lien, trouvee.get(), session,
                        ErreursFormulaire.aucune().generale(affichage.texte("formulaire.expire")));
                return "rendezvous/gerer-annuler";
            }
            case JetonsFormulaire.Etat.Pris p -> {
                // Taken below.
            }
        }
        var suite = switch (gestion.annuler(lien)) {
            case Gestion.Faite faite -> {
                session.setAttribute(FAIT + lien, new GererAffichage.Fait("annule", affichage.recap(faite.rendezVous())));
                yield adresse(lien) + "/fait";
            }
            case Gestion.LienInvalide invalide -> adresse(lien);
            case Gestion.PlusModifiable plus -> adresse(lien);
            case Gestion.CreneauPris pris -> adresse(lien);
        };
        jetons.traite(session, jeton, suite);
        return "redirect:" + suite;
    }

    /** After a move or a cancellation: what was done, from the session (the link may be revoked by now). */
    @GetMapping("/fait")
    String fait(@PathVariable String lien, Model modele, HttpSession session) {
        if (!(session.getAttribute(FAIT + lien) instanceof GererAffichage.Fait fait)) {
            return "redirect:" + adresse(lien);
        }
        modele.addAttribute("lien", lien);
        modele.addAttribute("acte", fait.acte());
        modele.addAttribute("recap", fait.recap());
        modele.addAttribute("nouveau", AIGUILLAGE);
        return "rendezvous/gerer-fait";
    }

    private String invalide(HttpServletResponse reponse) {
        reponse.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "rendezvous/gerer-invalide";
    }

    private void commun(Model modele, String lien, VueRendezVous vue) {
        modele.addAttribute("lien", lien);
        modele.addAttribute("adresse", adresse(lien));
        modele.addAttribute("vue", vue);
        modele.addAttribute("recap", affichage.recap(vue));
        modele.addAttribute("nouveau", AIGUILLAGE);
    }

    /**
     * The free slots, by default where and how the rendez-vous is now; another way or another place only when the
     * person asked for it ({@code modalite}, {@code site}), and then said in a warning.
     */
    private void creneauxDuMemeEndroit(Model modele, String lien, VueRendezVous vue, Modalite modalite, UUID site,
            int jours) {
        var rdv = vue.rendezVous();
        var m = modalite == null ? rdv.modalite() : modalite;
        UUID s;
        if (m.aDistance()) {
            s = null;
        } else if (site != null && affichage.site(site).isPresent()) {
            s = site;
        } else if (rdv.modalite() == Modalite.SUR_SITE || modalite == null) {
            s = rdv.siteId();
        } else {
            s = null;
        }
        var ailleurs = estAilleurs(rdv, m, s);
        var liste = creneaux.proposes(new FiltreCreneaux(m, s), CreneauxService.HORIZON_JOURS);
        var base = adresse(lien) + "/deplacer";
        modele.addAttribute("actuel", affichage.lieu(rdv.modalite(), rdv.siteId()));
        modele.addAttribute("cherche", s == null && !m.aDistance() ? affichage.texte("creneaux.filtre.site.tous")
                : affichage.lieu(m, s));
        modele.addAttribute("ailleurs", ailleurs);
        modele.addAttribute("jours", affichage.jours(liste, m, vue.dateLimite().orElse(null), jours,
                base + "/confirmer"));
        modele.addAttribute("plus", affichage.nombreDeJours(liste) > jours ? UriComponentsBuilder.fromPath(base)
                .queryParamIfPresent("modalite", Optional.ofNullable(modalite).map(Modalite::name))
                .queryParamIfPresent("site", Optional.ofNullable(site))
                .queryParam("jours", jours + JOURS_PAR_PAGE).fragment("creneaux").build().toUriString() : null);
        modele.addAttribute("deplacerAdresse", base);
        modele.addAttribute("modalites", List.of(Modalite.SUR_SITE, Modalite.TELEPHONE, Modalite.VISIO).stream()
                .map(x -> new Option(x.name(), affichage.texte("modalite." + x.name()))).toList());
        modele.addAttribute("modaliteChoisie", m.name());
        modele.addAttribute("sites", affichage.sites().stream()
                .map(x -> new Option(x.id().toString(), x.nom())).toList());
        modele.addAttribute("siteChoisi", s == null ? "" : s.toString());
    }

    static boolean estAilleurs(RendezVous rdv, Modalite modalite, UUID site) {
        if (modalite != rdv.modalite()) {
            return true;
        }
        return modalite == Modalite.SUR_SITE && !Objects.equals(site, rdv.siteId());
    }

    private void modeleConfirmation(Model modele, String lien, VueRendezVous vue, ChoixCreneau c,
            HttpSession session, ErreursFormulaire erreurs) {
        var rdv = vue.rendezVous();
        var zone = affichage.zone(c.siteId());
        var propose = creneaux.creneauPropose(c.debut(), c.siteId(), c.modalite());
        var fin = propose.map(p -> p.fin()).orElse(c.debut().plus(java.time.Duration.between(rdv.debut(), rdv.fin())));
        commun(modele, lien, vue);
        modele.addAttribute("question", affichage.texte("gerer.confirmer.deplacement",
                Formats.francais().dateLongueHeure(c.debut(), zone)));
        modele.addAttribute("nouveauRecap", affichage.recap(c.debut(), fin, c.modalite(), affichage.site(c.siteId()),
                zone, null));
        var ailleurs = estAilleurs(rdv, c.modalite(), c.siteId());
        modele.addAttribute("ailleurs", ailleurs);
        modele.addAttribute("changement", ailleurs ? affichage.texte("gerer.confirmer.changement",
                affichage.lieu(c.modalite(), c.siteId()), affichage.lieu(rdv.modalite(), rdv.siteId())) : null);
        modele.addAttribute("debut", c.debut().getEpochSecond());
        modele.addAttribute("modalite", c.modalite().name());
        modele.addAttribute("site", c.siteId() == null ? null : c.siteId().toString());
        modele.addAttribute("jeton", jetons.nouveau(session));
        modele.addAttribute("erreurs", erreurs);
    }

    private void modeleAnnulation(Model modele, String lien, VueRendezVous vue, HttpSession session,
            ErreursFormulaire erreurs) {
        commun(modele, lien, vue);
        modele.addAttribute("question", affichage.texte("gerer.confirmer.annulation",
                Formats.francais().dateLongueHeure(vue.rendezVous().debut(), vue.zone())));
        modele.addAttribute("jeton", jetons.nouveau(session));
        modele.addAttribute("erreurs", erreurs);
    }

    private static Optional<ChoixCreneau> choix(String debut, String modalite, String site) {
        var m = modalite(modalite);
        var d = longue(debut).map(Instant::ofEpochSecond);
        if (m.isEmpty() || d.isEmpty()) {
            return Optional.empty();
        }
        var s = m.get().aDistance() ? Optional.<UUID>empty() : uuid(site);
        if (!m.get().aDistance() && s.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ChoixCreneau(s.orElse(null), d.get(), m.get(), null));
    }

    private static Optional<Modalite> modalite(String valeur) {
        return lire(valeur, 20, Modalite::valueOf);
    }

    private static Optional<UUID> uuid(String valeur) {
        return lire(valeur, 36, UUID::fromString);
    }

    private static Optional<Long> longue(String valeur) {
        return lire(valeur, 15, Long::parseLong);
    }

    private static Optional<Integer> entier(String valeur) {
        return lire(valeur, 12, Integer::parseInt);
    }

    /** A parameter of a link or form, read by {@code lecture}; absent, too long or unreadable: empty. */
    private static <T> Optional<T> lire(String valeur, int longueurMax, java.util.function.Function<String, T> lecture) {
        if (valeur == null || valeur.isBlank() || valeur.length() > longueurMax) {
            return Optional.empty();
        }
        try {
            return Optional.of(lecture.apply(valeur));
        } catch (IllegalArgumentException e) {
            // NumberFormatException included
            return Optional.empty();
        }
    }
}
