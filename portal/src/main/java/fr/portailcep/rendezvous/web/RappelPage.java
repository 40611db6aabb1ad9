package fr.portailcep.rendezvous.web;

import java.io.Serializable;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.portailcep.rendezvous.ContexteDemande;
import fr.portailcep.rendezvous.RappelEnLigne;
import fr.portailcep.rendezvous.ReservationService;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.web.ErreursFormulaire;
import fr.portailcep.shared.web.JetonsFormulaire;
import fr.portailcep.shared.web.Option;
import fr.portailcep.shared.web.PageHtml;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * "Rappelez-moi" (HTML-first, DD020): when no slot suits before the guaranteed date, the person leaves a number
 * instead of leaving empty-handed; the request stays on its 30-working-day clock. After sending, the same page
 * whatever the address, a staff one included (DD008): the courriel to the address says the rest. One request per
 * form shown ({@link JetonsFormulaire}).
 */
@Controller
@PageHtml
class RappelPage {

    static final String CHEMIN = "/rendez-vous/rappel";
    static final String ENREGISTRE = CHEMIN + "/enregistre";
    static final String ATTRIBUT = RappelPage.class.getName();
    static final String[] CHAMPS = { "prenom", "nom", "email", "telephone", "moments" };
    static final List<String> MOMENTS = List.of("rappel.moment.matin", "rappel.moment.midi",
            "rappel.moment.apresmidi", "rappel.moment.soir");

    /** What the page after sending shows. */
    record Enregistre(String email, String telephone) implements Serializable {
    }

    record Saisie(String prenom, String nom, String email, String telephone, List<String> moments) {
    }

    private final ReservationService reservations;
    private final CreneauxAffichage affichage;
    private final JetonsFormulaire jetons;
    private final MessageSource textes;

    RappelPage(ReservationService reservations, CreneauxAffichage affichage, JetonsFormulaire jetons,
            MessageSource textes) {
        this.reservations = reservations;
        this.affichage = affichage;
        this.jetons = jetons;
        this.textes = textes;
    }

    @GetMapping(CHEMIN)
    String afficher(HttpSession session, Model modele) {
        var contexte = affichage.contexte(session);
        if (contexte.isEmpty()) {
            return "redirect:" + CreneauxAffichage.AIGUILLAGE;
        }
        var moi = affichage.moi();
        var saisie = new Saisie(moi.map(b -> b.prenom()).orElse(""), moi.map(b -> b.nom()).orElse(""),
                moi.map(b -> b.email()).orElse(""), moi.map(b -> b.telephone()).orElse(""), List.of());
        return formulaire(modele, session, contexte.get(), saisie, ErreursFormulaire.aucune(), null);
    }

    @PostMapping(CHEMIN)
    String envoyer(@RequestParam(name = "prenom", required = false) String prenom,
            @RequestParam(name = "nom", required = false) String nom,
            @RequestParam(name = "email", required = false) String email,
            @RequestParam(name = "telephone", required = false) String telephone,
            @RequestParam(name = "moments", required = false) List<String> moments,
            @RequestParam(name = "jeton", required = false) String jeton, HttpSession session,
            HttpServletRequest requete, Model modele) {
        synchronized (("rappel:" + session.getId()).intern()) {
            var etat = jetons.prendre(session, jeton);
            if (etat instanceof JetonsFormulaire.Etat.DejaTraite deja) {
                return "redirect:" + deja.adresse().orElse(ENREGISTRE);
            }
            var contexte = affichage.contexte(session);
            if (contexte.isEmpty()) {
                return "redirect:" + CreneauxAffichage.AIGUILLAGE;
            }
            var choisis = moments == null ? List.<String>of() : moments.stream().filter(MOMENTS::contains).distinct()
                    .sorted().toList();
            var saisie = new Saisie(prenom, nom, affichage.moi().map(b -> b.email()).orElse(email), telephone,
                    choisis);
            var resultat = tenter(contexte.get(), saisie, etat, session, requete, modele);
            if (resultat.startsWith("redirect:")) {
                jetons.traite(session, jeton, resultat.substring("redirect:".length()));
            } else if (etat instanceof JetonsFormulaire.Etat.Pris) {
                jetons.rendre(session, jeton);
            }
            return resultat;
        }
    }

    private String tenter(ContexteDemande contexte, Saisie saisie, JetonsFormulaire.Etat etat, HttpSession session,
            HttpServletRequest requete, Model modele) {
        // A call-back needs a number: always required here.
        var lue = CoordonneesSaisie.lire(saisie.prenom(), saisie.nom(), saisie.email(), saisie.telephone(), true,
                affichage, textes);
        if (etat instanceof JetonsFormulaire.Etat.Inconnu) {
            lue.generale(affichage.texte("formulaire.expire"));
        }
        if (!lue.acceptee()) {
            return formulaire(modele, session, contexte, saisie, lue.erreurs(CHAMPS), null);
        }
        var disponibilites = saisie.moments().stream().map(affichage::texte).reduce((a, b) -> a + " ; " + b)
                .orElse(null);
        RappelEnLigne resultat;
        try {
            resultat = reservations.demanderRappel(contexte, lue.identite(), disponibilites,
                    CreneauxAffichage.origine(requete));
        } catch (SaisieRefusee refus) {
            lue.ajouter(refus, textes);
            return formulaire(modele, session, contexte, saisie, lue.erreurs(CHAMPS), null);
        }
        return switch (resultat) {
            case RappelEnLigne.Envoye envoye -> {
                session.setAttribute(ATTRIBUT, new Enregistre(envoye.email(), envoye.telephone()));
                yield "redirect:" + ENREGISTRE;
            }
            case RappelEnLigne.TropDeDemandes trop -> formulaire(modele, session, contexte, saisie,
                    ErreursFormulaire.aucune(), affichage.texte("rappel.trop", affichage.reessai(trop.reessayerApres())));
        };
    }

    @GetMapping(ENREGISTRE)
    String enregistre(HttpSession session, Model modele) {
        if (!(session.getAttribute(ATTRIBUT) instanceof Enregistre enregistre)) {
            return "redirect:" + CHEMIN;
        }
        modele.addAttribute("titrePage", affichage.titre("rappel.fait.titre", false));
        modele.addAttribute("enregistre", enregistre);
        return "rendezvous/rappel-enregistre";
    }

    private String formulaire(Model modele, HttpSession session, ContexteDemande contexte, Saisie saisie,
            ErreursFormulaire erreurs, String trop) {
        modele.addAttribute("titrePage", affichage.titre("rappel.titre", erreurs.presentes() || trop != null));
        modele.addAttribute("intro", affichage.texte("rappel.intro",
                Formats.francais().dateLongue(affichage.dateLimite(contexte))));
        modele.addAttribute("saisie", saisie);
        modele.addAttribute("emailFixe", affichage.moi().isPresent());
        modele.addAttribute("moments", MOMENTS.stream().map(m -> new Option(m, affichage.texte(m))).toList());
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("trop", trop);
        modele.addAttribute("jeton", jetons.nouveau(session));
        return "rendezvous/rappel";
    }
}
