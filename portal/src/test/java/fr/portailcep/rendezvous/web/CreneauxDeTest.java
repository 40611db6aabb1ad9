package fr.portailcep.rendezvous.web;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.portailcep.echeance.CanalDemande;
import fr.portailcep.echeance.Territoire;
import fr.portailcep.rendezvous.ContexteDemande;
import fr.portailcep.rendezvous.CreneauxService;
import fr.portailcep.rendezvous.FiltreCreneaux;

import jakarta.servlet.http.HttpSession;

/**
 * Tests only (in the test classes, never in the portal): the request under way put in the browser's session as the
 * aiguillage would (attribute {@code ContexteDemande.class.getName()}), then the page asked. The booking tests
 * reach the free slots without going through the aiguillage's questions, which have tests of their own.
 * <ul>
 * <li>{@code /test/rendez-vous/demande}: the free slots;</li>
 * <li>{@code ?vers=coordonnees}: the contact form of the first free slot;</li>
 * <li>{@code ?vers=rappel}: the call-back form;</li>
 * <li>{@code ?vers=confirmation}, {@code ?vers=rappel-enregistre}: the pages after a booking or a call-back
 * request, with an example address (nothing booked; the layout tests open them).</li>
 * </ul>
 */
@Controller
public class CreneauxDeTest {

    public static final String CHEMIN = "/test/rendez-vous/demande";
    public static final String EXEMPLE = "exemple.affichage@exemple.fr";

    private final CreneauxService creneaux;
    private final CreneauxAffichage affichage;
    private final Clock horloge;

    CreneauxDeTest(CreneauxService creneaux, CreneauxAffichage affichage, Clock horloge) {
        this.creneaux = creneaux;
        this.affichage = affichage;
        this.horloge = horloge;
    }

    @GetMapping(CHEMIN)
    String poser(@RequestParam(name = "vers", defaultValue = "creneaux") String vers, HttpSession session) {
        session.setAttribute(CreneauxAffichage.CONTEXTE, new ContexteDemande(null, null, Territoire.METROPOLE,
                horloge.instant(), CanalDemande.EN_LIGNE, "Demande posée par un test"));
        return switch (vers) {
            case "coordonnees" -> "redirect:" + affichage.creneau(premier(), null).adresse();
            case "rappel" -> "redirect:" + RappelPage.CHEMIN;
            case "confirmation" -> {
                var c = premier();
                session.setAttribute(ConfirmationPage.ATTRIBUT, new ConfirmationPage.Demandee(EXEMPLE, c.debut(),
                        c.fin(), c.modalites().iterator().next(), c.siteId()));
                yield "redirect:" + ConfirmationPage.CHEMIN;
            }
            case "rappel-enregistre" -> {
                session.setAttribute(RappelPage.ATTRIBUT, new RappelPage.Enregistre(EXEMPLE, "06 12 34 56 78"));
                yield "redirect:" + RappelPage.ENREGISTRE;
            }
            default -> "redirect:" + CreneauxPage.CHEMIN;
        };
    }

    private fr.portailcep.rendezvous.CreneauPropose premier() {
        return creneaux.proposes(FiltreCreneaux.TOUS, CreneauxService.HORIZON_JOURS).getFirst();
    }
}
