package fr.portailcep.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.messagerie.FichierEnvoye;
import fr.portailcep.reclamation.CanalReclamation;
import fr.portailcep.reclamation.NouvelleReclamation;
import fr.portailcep.reclamation.ReclamationRecue;
import fr.portailcep.reclamation.ReclamationsService;

/**
 * The réclamations of the demo, at several states: Camille Martin filed one online with a photo and Nadia Benali has
 * answered it (Camille can say whether the answer suits her); Thomas Petit's letter, received nine days ago, is not
 * acknowledged yet (the desk says it is late); Léa Nguyen's email, received forty days ago, is due in five days; Yasmine
 * Diallo's, filed online today, is assigned to Nadia with an internal note.
 */
@Component
@Profile("demo")
class ReclamationsDemo implements JeuDeDonneesDemo {

    private final CompteService comptes;
    private final BeneficiaireService beneficiaires;
    private final ReclamationsService reclamations;
    private final Clock horloge;
    private final ZoneId zone;

    ReclamationsDemo(CompteService comptes, BeneficiaireService beneficiaires, ReclamationsService reclamations,
            Clock horloge, @Value("${portail.fuseau-horaire:Europe/Paris}") ZoneId zone) {
        this.comptes = comptes;
        this.beneficiaires = beneficiaires;
        this.reclamations = reclamations;
        this.horloge = horloge;
        this.zone = zone;
    }

    @Override
    public String nom() {
        return "reclamations";
    }

    @Override
    public int ordre() {
        return 50;
    }

    @Override
    public void charger() {
        var aujourdhui = LocalDate.ofInstant(horloge.instant(), zone);
        var nadia = compte("nadia.benali");

        var camille = EnTantQue.executer(compte("camille.martin"), () -> reclamations.deposer(new NouvelleReclamation(
                "DELAI_PREMIER_RENDEZ_VOUS",
                "J’ai demandé un rendez-vous en ligne et le premier créneau proposé était dans trois semaines. "
                        + "Au téléphone, personne n’a pu m’en proposer un plus tôt.",
                "Avoir un rendez-vous plus rapidement, même par téléphone.",
                List.of(new FichierEnvoye("capture-creneaux.pdf",
                        PdfDemo.page("Créneaux proposés", List.of("Premier créneau : dans trois semaines.")))))));
        EnTantQue.faire(nadia, () -> reclamations.envoyerReponse(camille.id(),
                "Madame,\nNous avons bien reçu votre réclamation et nous vous prions de nous excuser pour ce délai. "
                        + "Nous avons ouvert des créneaux par téléphone le mardi et le jeudi matin : votre conseillère "
                        + "vous appellera cette semaine.\nBien cordialement."));

        EnTantQue.faire(nadia, () -> reclamations.enregistrer(new ReclamationRecue(personne("thomas.petit"),
                CanalReclamation.COURRIER, aujourdhui.minusDays(9), new NouvelleReclamation("RENDEZ_VOUS_ANNULE",
                        "Mon rendez-vous du mardi a été annulé le matin même, sans explication.",
                        "Un nouveau rendez-vous et une explication.", List.of()))));

        EnTantQue.faire(nadia, () -> {
            var lea = reclamations.enregistrer(new ReclamationRecue(personne("lea.nguyen"), CanalReclamation.COURRIEL,
                    aujourdhui.minusDays(40), new NouvelleReclamation("QUALITE_CONSEIL",
                            "Les informations reçues sur le projet de transition professionnelle étaient incomplètes.",
                            "Un nouvel entretien avec une autre conseillère.", List.of())));
            reclamations.accuserReception(lea.id());
        });

        var yasmine = EnTantQue.executer(compte("yasmine.diallo"), () -> reclamations.deposer(new NouvelleReclamation(
                "ACCESSIBILITE", "L’ascenseur du site était en panne et personne ne m’a prévenue avant mon rendez-vous.",
                "Être prévenue à l’avance la prochaine fois.", List.of())));
        EnTantQue.faire(nadia, () -> {
            reclamations.assigner(yasmine.id(), nadia.id());
            reclamations.noter(yasmine.id(), "Voir avec le syndic la date de réparation de l’ascenseur.");
        });
    }

    private Compte compte(String identifiant) {
        return comptes.parEmail(new AdresseCourriel(identifiant + SocleDemo.DOMAINE)).orElseThrow();
    }

    private UUID personne(String identifiant) {
        return beneficiaires.parCompte(compte(identifiant).id()).orElseThrow().id();
    }
}
