package fr.portailcep.satisfaction.web;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.portailcep.satisfaction.AvisParLien;
import fr.portailcep.satisfaction.ReponseParLien;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.web.JetonsFormulaire;
import fr.portailcep.shared.web.PageHtml;

/**
 * The page of a one-tap answer link of a satisfaction courriel (DD019, DD020), open without signing in. Opening the
 * link ({@code GET /avis/<jeton>}, the address of the courriels already sent) records nothing: it shows the answer
 * the link carries and one button that sends it ({@code POST}), so that a mail scanner following the links of the
 * courriel answers nothing in the person's place. A link changed, expired or already used says so in plain French,
 * before any touch. After the answer: the other question, each answer a button that records it at once (the person
 * is on the page), and a comment in the person's space.
 */
@Controller
@PageHtml
class AvisPage {

    static final String CHEMIN = "/avis";
    static final String MERCI = CHEMIN + "/merci";
    private static final String RESULTAT = AvisPage.class.getName() + ".resultat";

    private final AvisParLien avis;
    private final JetonsFormulaire jetons;
    private final MessageSource textes;
    private final Clock horloge;

    AvisPage(AvisParLien avis, JetonsFormulaire jetons, MessageSource textes, Clock horloge) {
        this.avis = avis;
        this.jetons = jetons;
        this.textes = textes;
        this.horloge = horloge;
    }

    /** The address without a token (a cut link): refused as the Vaadin page did. */
    @GetMapping(CHEMIN)
    String sansLien(Model modele) {
        return afficher(new ReponseParLien.Falsifie(), modele);
    }

    @GetMapping(CHEMIN + "/{lien}")
    String ouvrir(@PathVariable String lien, Model modele, HttpSession session) {
        var lecture = avis.lire(lien);
        if (lecture instanceof ReponseParLien.AConfirmer a) {
            modele.addAttribute("etat", "confirmer");
            modele.addAttribute("titreAvis", texte("avis.confirmer.titre"));
            modele.addAttribute("question", texte("satisfaction.question." + a.question()));
            modele.addAttribute("reponse", texte("satisfaction.niveau." + a.niveau()));
            modele.addAttribute("lien", lien);
            modele.addAttribute("jeton", jetons.nouveau(session));
            return "satisfaction/avis";
        }
        return afficher(lecture, modele);
    }

    @PostMapping(CHEMIN + "/{lien}")
    String repondre(@PathVariable String lien, @RequestParam(required = false) String jeton, Model modele,
            HttpSession session) {
        switch (jetons.prendre(session, jeton)) {
            case JetonsFormulaire.Etat.DejaTraite deja -> {
                return "redirect:" + deja.adresse().orElse(MERCI);
            }
            case JetonsFormulaire.Etat.Inconnu inconnu -> {
                // The page stayed open too long (or was forged): the link is read again, nothing recorded yet.
                var page = ouvrir(lien, modele, session);
                modele.addAttribute("erreur", texte("formulaire.expire"));
                return page;
            }
            case JetonsFormulaire.Etat.Pris pris -> {
                // Recorded below.
            }
        }
        session.setAttribute(RESULTAT, avis.repondre(lien));
        jetons.traite(session, jeton, MERCI);
        return "redirect:" + MERCI;
    }

    /** What the last answer of this session did; nothing: back to the home page. */
    @GetMapping(MERCI)
    String merci(Model modele, HttpSession session) {
        if (!(session.getAttribute(RESULTAT) instanceof ReponseParLien resultat)) {
            return "redirect:/";
        }
        if (resultat instanceof ReponseParLien.Enregistree r && r.autre().isPresent()) {
            modele.addAttribute("jeton", jetons.nouveau(session));
        }
        return afficher(resultat, modele);
    }

    private String afficher(ReponseParLien resultat, Model modele) {
        switch (resultat) {
            case ReponseParLien.Enregistree r -> {
                modele.addAttribute("etat", "enregistree");
                modele.addAttribute("titreAvis", texte("avis.merci.titre"));
                modele.addAttribute("confirmation", texte("avis.merci.texte",
                        texte("satisfaction.question." + r.question()), texte("satisfaction.niveau." + r.niveau())));
                r.autre().ifPresent(q -> {
                    modele.addAttribute("autre", texte("satisfaction.question." + q));
                    modele.addAttribute("choix", r.choix().stream().map(c -> new Choix(
                            c.niveau().name().toLowerCase(Locale.ROOT), texte("satisfaction.niveau." + c.niveau()),
                            c.chemin())).toList());
                });
                modele.addAttribute("commentaire", texte("avis.commentaire.texte",
                        Formats.francais().dateLongue(r.modifiableJusquAu().atZone(horloge.getZone()).toLocalDate())));
                modele.addAttribute("monAvis", monAvis(r.enquete()));
            }
            case ReponseParLien.DejaUtilise d -> refus(modele, "avis-deja-utilise", "avis.deja.titre", "avis.deja.texte",
                    monAvis(d.enquete()));
            case ReponseParLien.Expire x -> refus(modele, "avis-expire", "avis.expire.titre", "avis.expire.texte", null);
            case ReponseParLien.Falsifie f -> refus(modele, "avis-falsifie", "avis.falsifie.titre",
                    "avis.falsifie.texte", null);
            case ReponseParLien.AConfirmer a -> throw new IllegalStateException("Réponse non enregistrée");
        }
        return "satisfaction/avis";
    }

    /** One answer of the other question: a button that posts its own signed link. */
    record Choix(String id, String libelle, String action) {
    }

    private void refus(Model modele, String id, String cleTitre, String cleTexte, String monAvis) {
        modele.addAttribute("etat", "refus");
        modele.addAttribute("refusId", id);
        modele.addAttribute("titreAvis", texte(cleTitre));
        modele.addAttribute("texte", texte(cleTexte));
        modele.addAttribute("monAvis", monAvis);
    }

    private static String monAvis(UUID enquete) {
        return "/mon-avis/" + enquete;
    }

    private String texte(String cle, Object... arguments) {
        return textes.getMessage(cle, arguments, Locale.FRANCE);
    }
}
