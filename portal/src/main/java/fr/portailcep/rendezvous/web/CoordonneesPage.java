package fr.portailcep.rendezvous.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.portailcep.rendezvous.ChoixCreneau;
import fr.portailcep.rendezvous.ContexteDemande;
import fr.portailcep.rendezvous.CreneauPropose;
import fr.portailcep.rendezvous.CreneauxService;
import fr.portailcep.rendezvous.FiltreCreneaux;
import fr.portailcep.rendezvous.Modalite;
import fr.portailcep.rendezvous.RendezVous;
import fr.portailcep.rendezvous.ReservationEnLigne;
import fr.portailcep.rendezvous.ReservationService;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.web.ErreursFormulaire;
import fr.portailcep.shared.web.JetonsFormulaire;
import fr.portailcep.shared.web.Option;
import fr.portailcep.shared.web.PageHtml;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The short form after choosing a slot (HTML-first, DD020): the way to talk (when several are possible), a name, an
 * email address, a phone number if wanted, the need in a few words. Every refusal is said beside its field and
 * keeps what was typed; a slot taken meanwhile is said, and the next free ones are offered in the same form,
 * without losing anything typed. A booking made goes to {@link ConfirmationPage} (post/redirect/get; nothing
 * personal in the address), the same page whatever the address (DD008). One booking per form shown
 * ({@link JetonsFormulaire}): a double tap or a form posted again goes where the first post went.
 */
@Controller
@PageHtml
class CoordonneesPage {

    static final String CHEMIN = "/rendez-vous/coordonnees";
    static final String[] CHAMPS = { "creneau", "modalite", "prenom", "nom", "email", "telephone", "besoin" };
    private static final int ALTERNATIVES = 3;

    private final CreneauxService creneaux;
    private final ReservationService reservations;
    private final CreneauxAffichage affichage;
    private final JetonsFormulaire jetons;
    private final MessageSource textes;

    CoordonneesPage(CreneauxService creneaux, ReservationService reservations, CreneauxAffichage affichage,
            JetonsFormulaire jetons, MessageSource textes) {
        this.creneaux = creneaux;
        this.reservations = reservations;
        this.affichage = affichage;
        this.jetons = jetons;
        this.textes = textes;
    }

    /** What the form shows: typed values, the slot (or the ones offered instead), the refusals. */
    record Saisie(String prenom, String nom, String email, String telephone, String besoin, String modalite) {
    }

    @GetMapping(CHEMIN)
    String afficher(@RequestParam(name = "debut", required = false) String debut,
            @RequestParam(name = "site", required = false) String site,
            @RequestParam(name = "modalite", required = false) String modalite, HttpSession session, Model modele) {
        if (affichage.contexte(session).isEmpty()) {
            return "redirect:" + CreneauxAffichage.AIGUILLAGE;
        }
        var choix = CreneauxPage.modalite(modalite);
        var instant = instant(debut);
        var creneau = instant == null ? null
                : creneaux.creneauPropose(instant, CreneauxPage.uuid(site), choix).orElse(null);
        var moi = affichage.moi();
        var saisie = new Saisie(moi.map(b -> b.prenom()).orElse(""), moi.map(b -> b.nom()).orElse(""),
                moi.map(b -> b.email()).orElse(""), moi.map(b -> b.telephone()).orElse(""), "",
                choix == null ? null : choix.name());
        return formulaire(modele, session, creneau, List.of(), saisie, ErreursFormulaire.aucune(), null, null);
    }

    @PostMapping(CHEMIN)
    String reserver(@RequestParam(name = "creneau", required = false) String valeurCreneau,
            @RequestParam(name = "modalite", required = false) String modalite,
            @RequestParam(name = "prenom", required = false) String prenom,
            @RequestParam(name = "nom", required = false) String nom,
            @RequestParam(name = "email", required = false) String email,
            @RequestParam(name = "telephone", required = false) String telephone,
            @RequestParam(name = "besoin", required = false) String besoin,
            @RequestParam(name = "reference", required = false) String reference,
            @RequestParam(name = "jeton", required = false) String jeton, HttpSession session,
            HttpServletRequest requete, HttpServletResponse reponse, Model modele) {
        // One post at a time per session: a second tap waits for the first, then goes where it led.
        synchronized (("reservation:" + session.getId()).intern()) {
            var etat = jetons.prendre(session, jeton);
            if (etat instanceof JetonsFormulaire.Etat.DejaTraite deja) {
                return "redirect:" + deja.adresse().orElse(ConfirmationPage.CHEMIN);
            }
            var contexte = affichage.contexte(session);
            if (contexte.isEmpty()) {
                return "redirect:" + CreneauxAffichage.AIGUILLAGE;
            }
            var moi = affichage.moi();
            var saisie = new Saisie(prenom, nom, moi.map(b -> b.email()).orElse(email), telephone, besoin, modalite);
            var resultat = tenter(contexte.get(), valeurCreneau, reference, saisie, etat, session, requete, modele);
            if (resultat.startsWith("redirect:")) {
                jetons.traite(session, jeton, resultat.substring("redirect:".length()));
            } else {
                if (etat instanceof JetonsFormulaire.Etat.Pris) {
                    jetons.rendre(session, jeton);
                }
                // A refusal: the same page, said to be refused (DD020: 200 or 422).
                reponse.setStatus(HttpServletResponse.SC_OK);
            }
            return resultat;
        }
    }

    /**
     * @param reference the slot that was taken, when the form offers others instead (they are offered again from
     *        it if none is chosen)
     */
    private String tenter(ContexteDemande contexte, String valeurCreneau, String reference, Saisie saisie,
            JetonsFormulaire.Etat etat, HttpSession session, HttpServletRequest requete, Model modele) {
        var debut = debut(valeurCreneau);
        var site = site(valeurCreneau);
        var choix = CreneauxPage.modalite(saisie.modalite());
        var creneau = debut == null ? null : creneaux.creneauPropose(debut, site, null).orElse(null);
        if (creneau != null && (choix == null || !creneau.modalites().contains(choix))) {
            choix = creneau.modalites().size() == 1 ? creneau.modalites().iterator().next() : null;
        }
        var lue = CoordonneesSaisie.lire(saisie.prenom(), saisie.nom(), saisie.email(), saisie.telephone(),
                choix == Modalite.TELEPHONE, affichage, textes);
        try {
            Saisies.texte("besoin", saisie.besoin(), RendezVous.LONGUEUR_BESOIN);
        } catch (SaisieRefusee refus) {
            lue.ajouter(refus, textes);
        }
        if (creneau == null) {
            // Taken since the list was shown, or never offered: the next free ones, nothing typed lost.
            var depart = valeurCreneau == null || valeurCreneau.isBlank() ? reference : valeurCreneau;
            var alternatives = alternatives(debut(depart), site(depart), choix);
            modele.addAttribute("reference", depart);
            if (valeurCreneau == null || valeurCreneau.isBlank()) {
                lue.refuser("creneau", affichage.texte("coordonnees.erreur.creneau"));
                return formulaire(modele, session, null, alternatives, saisie, lue.erreurs(CHAMPS), null, null);
            }
            return formulaire(modele, session, null, alternatives, saisie, lue.erreurs(CHAMPS), null,
                    affichage.texte(alternatives.isEmpty() ? "coordonnees.pris.aucun" : "coordonnees.pris"));
        }
        if (choix == null) {
            lue.refuser("modalite", affichage.texte("coordonnees.erreur.modalite"));
        }
        if (etat instanceof JetonsFormulaire.Etat.Inconnu) {
            lue.generale(affichage.texte("formulaire.expire"));
        }
        if (!lue.acceptee()) {
            if (etat instanceof JetonsFormulaire.Etat.Inconnu) {
                return formulaire(modele, session, creneau, List.of(), saisie, lue.erreurs(CHAMPS), null, null);
            }
            lue.generale(affichage.texte("coordonnees.erreurs"));
            return formulaire(modele, session, creneau, List.of(), saisie, lue.erreurs(CHAMPS), null, null);
        }
        ReservationEnLigne resultat;
        try {
            resultat = reservations.reserver(contexte, ChoixCreneau.de(creneau, choix), lue.identite(),
                    saisie.besoin(), CreneauxAffichage.origine(requete));
        } catch (SaisieRefusee refus) {
            lue.ajouter(refus, textes);
            lue.generale(affichage.texte("coordonnees.erreurs"));
            return formulaire(modele, session, creneau, List.of(), saisie, lue.erreurs(CHAMPS), null, null);
        }
        return switch (resultat) {
            case ReservationEnLigne.Envoyee envoyee -> {
                session.setAttribute(ConfirmationPage.ATTRIBUT, new ConfirmationPage.Demandee(envoyee.email(),
                        creneau.debut(), creneau.fin(), choix, creneau.siteId()));
                session.removeAttribute(CreneauxAffichage.CONTEXTE);
                yield "redirect:" + ConfirmationPage.CHEMIN;
            }
            case ReservationEnLigne.CreneauPris pris -> {
                modele.addAttribute("reference", CreneauxAffichage.valeur(creneau));
                yield formulaire(modele, session, null, pris.alternatives(), saisie, ErreursFormulaire.aucune(), null,
                        affichage.texte(pris.alternatives().isEmpty() ? "coordonnees.pris.aucun" : "coordonnees.pris"));
            }
            case ReservationEnLigne.TropDeDemandes trop -> formulaire(modele, session, creneau, List.of(), saisie,
                    ErreursFormulaire.aucune(), affichage.texte("coordonnees.trop",
                            affichage.reessai(trop.reessayerApres())), null);
        };
    }

    private List<CreneauPropose> alternatives(Instant debut, UUID site, Modalite choix) {
        var filtre = new FiltreCreneaux(choix, choix != null && choix.aDistance() ? null : site);
        return creneaux.suivants(filtre, debut == null ? Instant.EPOCH : debut, ALTERNATIVES);
    }

    private String formulaire(Model modele, HttpSession session, CreneauPropose creneau,
            List<CreneauPropose> alternatives, Saisie saisie, ErreursFormulaire erreurs, String trop, String pris) {
        var refus = erreurs.presentes() || trop != null || pris != null;
        modele.addAttribute("titrePage", affichage.titre("coordonnees.titre", refus));
        modele.addAttribute("creneau", creneau == null ? null : CreneauxAffichage.valeur(creneau));
        var demandee = CreneauxPage.modalite(saisie.modalite());
        modele.addAttribute("recap", creneau == null ? null : affichage.recapitulatif(creneau.debut(), creneau.fin(),
                demandee != null && creneau.modalites().contains(demandee) ? demandee
                        : EnumSet.copyOf(creneau.modalites()).iterator().next(),
                creneau.siteId()));
        // The ways to talk: those of the slot, or of the slots offered instead.
        Set<Modalite> possibles = EnumSet.noneOf(Modalite.class);
        if (creneau != null) {
            possibles.addAll(creneau.modalites());
        }
        alternatives.forEach(a -> possibles.addAll(a.modalites()));
        var options = new ArrayList<Option>();
        possibles.forEach(m -> options.add(new Option(m.name(), affichage.texte("modalite." + m.name()),
                m == Modalite.TELEPHONE ? affichage.texte("coordonnees.modalite.telephone.aide") : null)));
        var choisie = CreneauxPage.modalite(saisie.modalite());
        // As before (the Vaadin form): the way asked in the list, otherwise the first possible one, chosen.
        var modalite = choisie != null && possibles.contains(choisie) ? choisie.name()
                : possibles.isEmpty() ? null : possibles.iterator().next().name();
        modele.addAttribute("modalites", options);
        modele.addAttribute("modalite", modalite);
        modele.addAttribute("telephoneObligatoire", possibles.equals(EnumSet.of(Modalite.TELEPHONE)));
        modele.addAttribute("alternatives", alternatives.stream().map(a -> {
            var c = affichage.creneau(a, null);
            var libelle = c.jour() + " à " + c.heure();
            return new Option(CreneauxAffichage.valeur(a), Character.toUpperCase(libelle.charAt(0)) + libelle.substring(1),
                    c.detail());
        }).toList());
        modele.addAttribute("pris", pris);
        modele.addAttribute("trop", trop);
        modele.addAttribute("saisie", saisie);
        modele.addAttribute("emailFixe", affichage.moi().isPresent());
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("jeton", jetons.nouveau(session));
        modele.addAttribute("indisponible", creneau == null && alternatives.isEmpty() && pris == null
                && !erreurs.sur("creneau"));
        return "rendezvous/coordonnees";
    }

    private static Instant instant(String texte) {
        try {
            return texte == null ? null : Instant.ofEpochSecond(Long.parseLong(texte.strip()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    private static Instant debut(String valeur) {
        if (valeur == null) {
            return null;
        }
        var i = valeur.indexOf(':');
        return instant(i < 0 ? valeur : valeur.substring(0, i));
    }

    private static UUID site(String valeur) {
        if (valeur == null) {
            return null;
        }
        var i = valeur.indexOf(':');
        return i < 0 ? null : CreneauxPage.uuid(valeur.substring(i + 1));
    }
}
