package fr.portailcep.aiguillage.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.portailcep.aiguillage.AiguillageService;
import fr.portailcep.aiguillage.DejaSuivi;
import fr.portailcep.aiguillage.Employeur;
import fr.portailcep.aiguillage.Motif;
import fr.portailcep.aiguillage.OrigineDemarche;
import fr.portailcep.aiguillage.Situation;
import fr.portailcep.aiguillage.TrancheAge;
import fr.portailcep.compte.OrigineCourante;
import fr.portailcep.rendezvous.ContexteDemande;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.web.ErreursFormulaire;
import fr.portailcep.shared.web.JetonsFormulaire;
import fr.portailcep.shared.web.Option;
import fr.portailcep.shared.web.PageHtml;

import jakarta.servlet.http.HttpSession;

/**
 * "Demander un rendez-vous": the aiguillage questions, without an account, HTML-first (DD020). All the questions are
 * on one page, one tap each, sent once: on a slow network a single round trip is the quickest way through. The
 * employer and cadre questions only concern employees: the style sheet hides them until "salarié" (then "privé") is
 * chosen, with no script; a browser that cannot shows them, and the service ignores what does not apply.
 * <p>
 * The answers are recorded as a UO0 in any case ({@link AiguillageService#enregistrerEnLigne}, limited per network);
 * they lead to the free slots, with the context of the request in the HTTP session, or to the page of the operator
 * that fits the person better ({@link OrientationPage}). The answers stay in the session: Back, or a reload, shows
 * them again. The form carries a one-time token: a double tap without JavaScript records one aiguillage, not two.
 */
@Controller
@PageHtml
public class AiguillagePage {

    /** The questions' address, the same as the Vaadin view's (courriels link to it). */
    public static final String CHEMIN = "rendez-vous";
    /** The booking's first page (in the rendez-vous feature). */
    static final String CRENEAUX = "/rendez-vous/creneaux";
    /** The attribute of the HTTP session the booking reads (DD020). */
    static final String CONTEXTE = ContexteDemande.class.getName();
    /** The last answers posted in this session, shown again by the questions' page. */
    static final String REPONSES = AiguillagePage.class.getName() + ".reponses";

    /** The fields, under the names {@code Reponses.erreurs()} uses, in the order of the page. */
    private static final String[] CHAMPS = { "situation", "employeur", "cadre", "age", "handicap", "dejaSuivi",
            "motif", "codePostalDomicile", "codePostalTravail", "origine" };

    private final AiguillageService aiguillages;
    private final JetonsFormulaire jetons;
    private final OrigineCourante origine;
    private final MessageSource textes;
    private final Clock horloge;

    AiguillagePage(AiguillageService aiguillages, JetonsFormulaire jetons, OrigineCourante origine,
            MessageSource textes, Clock horloge) {
        this.aiguillages = aiguillages;
        this.jetons = jetons;
        this.origine = origine;
        this.textes = textes;
        this.horloge = horloge;
    }

    @GetMapping("/" + CHEMIN)
    String afficher(HttpSession session, Model modele) {
        var saisie = session.getAttribute(REPONSES) instanceof SaisieAiguillage deja ? deja : SaisieAiguillage.vide();
        return page(modele, session, saisie, ErreursFormulaire.aucune());
    }

    /** The address the public home linked to while it was being rewritten: the same page. */
    @GetMapping("/aiguillage")
    String ancienneAdresse() {
        return "redirect:/" + CHEMIN;
    }

    @PostMapping("/" + CHEMIN)
    String continuer(SaisieAiguillage saisie, @RequestParam(name = "jeton", required = false) String jeton,
            HttpSession session, Model modele) {
        session.setAttribute(REPONSES, saisie);
        var reponses = saisie.reponses();
        var manquantes = reponses.erreurs();
        if (!manquantes.isEmpty()) {
            // The rule is the service's (Reponses): each refusal beside its question, nothing chosen is lost.
            var refus = new LinkedHashMap<String, Saisies.Refus>();
            manquantes.forEach((champ, cle) -> refus.put(champ, Saisies.Refus.de(cle)));
            return page(modele, session, saisie, ErreursFormulaire.de(new SaisieRefusee(refus), textes, CHAMPS));
        }
        // One post of a token at a time in a session: the second tap of a double tap waits for the first, then
        // goes where it led.
        synchronized (verrou(session)) {
            switch (jetons.prendre(session, jeton)) {
                case JetonsFormulaire.Etat.Inconnu inconnu -> {
                    return page(modele, session, saisie,
                            ErreursFormulaire.aucune().generale(texte("formulaire.expire")));
                }
                case JetonsFormulaire.Etat.DejaTraite deja -> {
                    return "redirect:" + deja.adresse().orElse("/" + CHEMIN);
                }
                case JetonsFormulaire.Etat.Pris pris -> {
                    // Acts below.
                }
            }
            switch (aiguillages.enregistrerEnLigne(reponses, origine.lire())) {
                case AiguillageService.TropDeDemandes trop -> {
                    // Nothing recorded, nothing lost: the same answers may be sent again later.
                    jetons.rendre(session, jeton);
                    return page(modele, session, saisie, ErreursFormulaire.aucune()
                            .generale(texte("aiguillage.trop", quand(trop.reessayerApres()))));
                }
                case AiguillageService.Resultat resultat -> {
                    String adresse;
                    if (resultat.conseil().estInterne()) {
                        session.setAttribute(CONTEXTE, aiguillages.contexte(resultat.aiguillage()));
                        adresse = CRENEAUX;
                    } else {
                        adresse = OrientationPage.adresse(resultat.aiguillage().id());
                    }
                    jetons.traite(session, jeton, adresse);
                    return "redirect:" + adresse;
                }
            }
        }
    }

    private String page(Model modele, HttpSession session, SaisieAiguillage saisie, ErreursFormulaire erreurs) {
        modele.addAttribute("saisie", saisie);
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("jeton", jetons.nouveau(session));
        var options = new LinkedHashMap<String, List<Option>>();
        options.put("situation", options(Situation.values(), "aiguillage.situation."));
        options.put("employeur", options(Employeur.values(), "aiguillage.employeur."));
        options.put("cadre", ouiNon());
        options.put("age", options(TrancheAge.values(), "aiguillage.age."));
        options.put("handicap", ouiNon());
        options.put("dejaSuivi", options(DejaSuivi.values(), "aiguillage.dejasuivi."));
        options.put("motif", options(Motif.values(), "aiguillage.motif."));
        options.put("origine", options(OrigineDemarche.values(), "aiguillage.origine."));
        modele.addAttribute("options", options);
        return "aiguillage/questions";
    }

    private <E extends Enum<E>> List<Option> options(E[] valeurs, String prefixe) {
        return Arrays.stream(valeurs).map(v -> new Option(v.name(), texte(prefixe + v.name()))).toList();
    }

    private List<Option> ouiNon() {
        return List.of(new Option("true", texte("aiguillage.oui")), new Option("false", texte("aiguillage.non")));
    }

    /** When the form may be sent again, as people say it (the same words as {@code shared.ui.Reessai}). */
    private String quand(Instant reessai) {
        var moment = reessai.atZone(horloge.getZone());
        var heure = Formats.francais().heure(moment.toLocalTime());
        var aujourdhui = LocalDate.now(horloge);
        if (moment.toLocalDate().equals(aujourdhui)) {
            return texte("limite.reessai.aujourdhui", heure);
        }
        if (moment.toLocalDate().equals(aujourdhui.plusDays(1))) {
            return texte("limite.reessai.demain", heure);
        }
        return texte("limite.reessai.jour", Formats.francais().date(moment.toLocalDate()), heure);
    }

    private String texte(String cle, Object... arguments) {
        return textes.getMessage(cle, arguments, Locale.FRANCE);
    }

    private static Object verrou(HttpSession session) {
        // The same lock for every request of one session (JetonsFormulaire locks the same way).
        return ("aiguillage:" + session.getId()).intern();
    }
}
