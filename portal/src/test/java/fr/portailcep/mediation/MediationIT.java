package fr.portailcep.mediation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import fr.portailcep.parcours.Eligibilite;
import fr.portailcep.parcours.Engagement;
import fr.portailcep.parcours.ParcoursService;
import fr.portailcep.parcours.Personnes;
import fr.portailcep.parcours.UniteOeuvre;
import fr.portailcep.reclamation.NouvelleReclamation;
import fr.portailcep.reclamation.ReclamationsService;
import fr.portailcep.shared.Formats;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * Proof 1 of issue 11, from the answer that does not satisfy the person: on a phone, the person refers the
 * réclamation to the médiateur in one step and gets the acknowledgement; on a desk, the médiateur declares it
 * admissible, asks for access to the dossier, reads it, writes to the correspondant and to the person, records the
 * outcome; the correspondant answers on their own thread; the person sees when the médiateur read their dossier.
 * No serious or critical axe violation on these pages, nothing sticking out at 360 px.
 */
class MediationIT extends PortailIT {

    private static final String SUJET_ACCUSE = "Votre saisine du médiateur de France compétences est bien reçue";
    private static final String SUJET_RECEVABLE = "Une saisine du médiateur concerne une personne que vous suivez";
    private static final String NADIA = "nadia.benali" + Personnes.DOMAINE;

    @Autowired
    ParcoursService parcours;
    @Autowired
    ReclamationsService reclamations;
    @Autowired
    MediationService mediation;

    private record Personne(String identifiant, String email, UUID id) {
    }

    private Personne personne(String prefixe) {
        var identifiant = prefixe + "." + UUID.randomUUID().toString().substring(0, 6);
        var id = personnes.nouveauBeneficiaire(identifiant, "Inès", "Moreau");
        personnes.faire("julien.weber", () -> parcours.engager(id, new Engagement(UniteOeuvre.UO1,
                LocalDate.now(horloge), true, Eligibilite.CONFIRMEE, null, null, null, null)));
        return new Personne(identifiant, identifiant + Personnes.DOMAINE, id);
    }

    @Test
    void la_personne_saisit_le_mediateur_en_une_etape_apres_une_reponse_insatisfaisante() {
        Assumptions.assumeTrue(reclamationsEcrites(), "Les réclamations (reclam-backend) ne sont pas encore fusionnées");
        var ines = personne("ines.mediation");
        var reclamation = personnes.enTantQue(ines.identifiant(), () -> reclamations.deposer(new NouvelleReclamation(
                reclamations.motifs().getFirst().code(), "Mon rendez-vous a été reporté trois fois.",
                "Un calendrier tenu.", List.of())));
        personnes.faire("nadia.benali", () -> reclamations.envoyerReponse(reclamation.id(),
                "Nous sommes désolés, les reports sont dus à une absence."));
        var raison = "La réponse ne me donne aucune date.";
        personnes.faire(ines.identifiant(), () -> reclamations.donnerAvis(reclamation.id(), false, raison));

        // On a phone: the referral, prefilled with the réclamation, the answer and the reason, sent in one step.
        var telephone = telephone();
        connecterDemo(telephone, ines.identifiant());
        Pages.ouvrir(telephone, url("/mes-reclamations/" + reclamation.id() + "/mediateur"));
        assertThat(telephone.locator("#reclamation")).containsText("Mon rendez-vous a été reporté trois fois.");
        assertThat(telephone.locator("#reponse-operateur")).containsText("les reports sont dus à une absence");
        assertThat(telephone.locator("#demande textarea")).hasValue(raison);
        Pages.verifierPage(telephone, "mediation/10-saisir-le-mediateur-telephone");
        Pages.verifierSansDefilementHorizontal(telephone, "saisir le médiateur");
        // She replaces what was prefilled in one go (a paste, an autofill) and sends at once: the server gets that text.
        var demande = raison + "\nJe demande un calendrier d’entretiens écrit.";
        telephone.locator("#demande textarea").fill(demande);
        telephone.locator("#envoyer-saisine").click();
        telephone.waitForURL(Pattern.compile(".*/ma-mediation/[0-9a-f-]+$"));
        Pages.attendreVaadin(telephone);
        var saisine = UUID.fromString(telephone.url().substring(telephone.url().lastIndexOf('/') + 1));
        assertThat(telephone.locator("#accuse")).containsText("a bien reçu votre saisine");
        assertThat(telephone.locator("#ma-demande")).containsText("Je demande un calendrier d’entretiens écrit.");
        assertThat(personnes.enTantQue(ines.identifiant(), () -> mediation.maSaisine(saisine)).demande()).isEqualTo(demande);
        SmtpDeTest.attendreSujet(ines.email(), 0, SUJET_ACCUSE);
        Pages.verifierPage(telephone, "mediation/11-accuse-telephone");
        // The réclamation now leads to its referral, and can no longer be referred twice.
        Pages.ouvrir(telephone, url("/mes-reclamations/" + reclamation.id()));
        assertThat(telephone.locator("#saisir-mediateur")).hasCount(0);
        assertThat(telephone.locator("#suivre-mediation")).hasAttribute("href", "/ma-mediation/" + saisine);

        instruire(saisine, ines, telephone);
    }

    @Test
    void le_mediateur_enregistre_une_saisine_recue_par_courrier_et_l_instruit() {
        var ines = personne("ines.courrier");
        var bureau = bureau();
        connecterDemo(bureau, "marc.lefevre");
        assertThat(bureau.locator("#carte-saisines")).isVisible();
        Pages.verifierPage(bureau, "mediation/01-accueil-mediateur");

        Pages.ouvrir(bureau, url("/mediation/saisines/nouvelle"));
        bureau.locator("#personne input").fill(ines.email());
        bureau.locator("#enregistrer-saisine").click();
        Pages.attendreVaadin(bureau);
        // Refused beside the field, what was typed stays.
        assertThat(bureau.locator("#demande")).containsText("Écrivez ce que vous demandez au médiateur.");
        assertThat(bureau.locator("#personne input")).hasValue(ines.email());
        var recueLe = LocalDate.now(horloge).minusDays(3);
        bureau.locator("#recueLe input").fill(recueLe.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        bureau.locator("#recueLe input").press("Enter");
        bureau.locator("#demande textarea").fill("Je conteste le refus de l’opérateur de me proposer un rendez-vous.");
        Pages.verifierPage(bureau, "mediation/02-saisine-recue-par-courrier");
        bureau.locator("#enregistrer-saisine").click();
        bureau.waitForURL(Pattern.compile(".*/mediation/saisines/[0-9a-f-]+$"));
        Pages.attendreVaadin(bureau);
        var saisine = UUID.fromString(bureau.url().substring(bureau.url().lastIndexOf('/') + 1));
        assertThat(bureau.locator("#resume")).containsText(Formats.francais().dateLongue(recueLe));
        SmtpDeTest.attendreSujet(ines.email(), 0, SUJET_ACCUSE);

        var telephone = telephone();
        connecterDemo(telephone, ines.identifiant());
        // Her way in: the card of her home (past the offer of a passkey of a first sign-in).
        Pages.ouvrir(telephone, url("/"));
        telephone.locator("#carte-ma-mediation a").first().click();
        telephone.waitForURL(Pattern.compile(".*/ma-mediation/" + saisine + "$"));
        Pages.attendreVaadin(telephone);
        assertThat(telephone.locator("#accuse")).containsText(Formats.francais().dateLongue(recueLe));
        assertThat(telephone.locator("#consultations")).containsText("n’a pas demandé l’accès");

        instruire(saisine, ines, telephone);
    }

    /** The médiateur's work on an admissible referral, the correspondant's answer and what the person sees. */
    private void instruire(UUID saisine, Personne personne, Page telephone) {
        var courrielsNadia = SmtpDeTest.pour(NADIA).size();
        var bureau = bureau();
        connecterDemo(bureau, "marc.lefevre");
        Pages.ouvrir(bureau, url("/mediation/saisines"));
        assertThat(bureau.locator("#saisines")).containsText("Inès Moreau");
        Pages.verifierPage(bureau, "mediation/03-saisines");
        Pages.ouvrir(bureau, url("/mediation/saisines/" + saisine));

        // Admissible, with its reason: the correspondant is told.
        var recevable = bureau.locator("#decision vaadin-radio-button").first();
        assertThat(recevable).hasText("Recevable");
        recevable.click();
        bureau.locator("#motif textarea").fill("Une réclamation préalable a été faite auprès de l’opérateur.");
        Pages.verifierPage(bureau, "mediation/04-saisine-a-examiner");
        bureau.locator("#statuer").click();
        Pages.attendreVaadin(bureau);
        assertThat(bureau.locator("#resume")).containsText("Recevable");
        SmtpDeTest.attendreSujet(NADIA, courrielsNadia, SUJET_RECEVABLE);

        // Access to the dossier: requested (the date is shown), then read, read-only.
        assertThat(bureau.locator("#lire-dossier")).hasCount(0);
        bureau.locator("#demander-acces").click();
        Pages.attendreVaadin(bureau);
        assertThat(bureau.locator("#acces")).containsText("Accès demandé le");
        bureau.locator("#lire-dossier").click();
        bureau.waitForURL(Pattern.compile(".*/mediation/saisines/" + saisine + "/dossier$"));
        Pages.attendreVaadin(bureau);
        assertThat(bureau.locator("#lecture-seule")).containsText("Lecture seule");
        assertThat(bureau.locator("#identite")).containsText(personne.email());
        assertThat(bureau.locator("#unites")).containsText("en cours");
        assertThat(bureau.locator("#frise")).containsText("Début");
        assertThat(bureau.locator("#frise")).not().containsText("Libelle[");
        assertThat(bureau.locator("#historique")).containsText("Dossier ouvert");
        assertThat(bureau.locator(".pc-page vaadin-button")).hasCount(0);
        Pages.verifierPage(bureau, "mediation/05-dossier-en-lecture-seule");

        // Two threads: the correspondant, the person.
        Pages.ouvrir(bureau, url("/mediation/saisines/" + saisine));
        bureau.locator("#fil-correspondant-texte textarea").fill("Pouvez-vous me dire pourquoi les rendez-vous ont été reportés ?");
        bureau.locator("#fil-correspondant-envoyer").click();
        assertThat(bureau.locator("#fil-correspondant-messages")).containsText("pourquoi les rendez-vous");
        bureau.locator("#fil-personne-texte textarea").fill("Bonjour, je me saisis de votre demande et j’ai lu votre dossier.");
        bureau.locator("#fil-personne-envoyer").click();
        assertThat(bureau.locator("#fil-personne-messages")).containsText("je me saisis de votre demande");
        Pages.verifierPage(bureau, "mediation/06-saisine-en-cours");

        // The correspondant answers on their own thread, and never sees the person's.
        var correspondant = bureau();
        connecterDemo(correspondant, "nadia.benali");
        Pages.ouvrir(correspondant, url("/espace-pro/mediation"));
        correspondant.locator("#mediations a[href$='" + saisine + "']").click();
        correspondant.waitForURL(Pattern.compile(".*/espace-pro/mediation/" + saisine + "$"));
        Pages.attendreVaadin(correspondant);
        assertThat(correspondant.locator("#fil-correspondant-messages")).containsText("pourquoi les rendez-vous");
        assertThat(correspondant.locator("body")).not().containsText("je me saisis de votre demande");
        correspondant.locator("#fil-correspondant-texte textarea").fill("Le conseiller était absent ; une date est proposée.");
        correspondant.locator("#fil-correspondant-envoyer").click();
        assertThat(correspondant.locator("#fil-correspondant-messages")).containsText("une date est proposée");
        Pages.verifierPage(correspondant, "mediation/07-correspondant");

        // The person, on her phone: the médiateur's message, and when he read her dossier.
        Pages.ouvrir(telephone, url("/ma-mediation/" + saisine));
        assertThat(telephone.locator("#fil-mediateur-messages")).containsText("je me saisis de votre demande");
        assertThat(telephone.locator("#fil-mediateur")).not().containsText("pourquoi les rendez-vous");
        var lecture = personnes.enTantQue(personne.identifiant(), () -> mediation.maSaisine(saisine)).consultations();
        assertThat(lecture).hasSize(1);
        assertThat(telephone.locator("#liste-consultations")).containsText(
                Formats.francais().dateLongueHeure(lecture.getFirst(), horloge.getZone()));
        telephone.locator("#fil-mediateur-texte textarea").fill("Merci. J’attends une date 😊");
        telephone.locator("#fil-mediateur-envoyer").click();
        assertThat(telephone.locator("#fil-mediateur-messages")).containsText("J’attends une date");
        Pages.verifierPage(telephone, "mediation/12-ma-mediation-telephone");
        Pages.verifierSansDefilementHorizontal(telephone, "ma médiation");

        // The outcome, then the closing.
        Pages.ouvrir(bureau, url("/mediation/saisines/" + saisine));
        assertThat(bureau.locator("#fil-correspondant-messages")).containsText("une date est proposée");
        assertThat(bureau.locator("#fil-personne-messages")).containsText("J’attends une date");
        bureau.locator("#issue-choix").click();
        bureau.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Accord amiable")).click();
        bureau.locator("#issue-texte textarea").fill("Un entretien est fixé dans les quinze jours.");
        bureau.locator("#enregistrer-issue").click();
        Pages.attendreVaadin(bureau);
        assertThat(bureau.locator("#issue")).containsText("Accord amiable, enregistrée le");
        bureau.locator("#clore").click();
        Pages.attendreVaadin(bureau);
        assertThat(bureau.locator("#issue")).containsText("Médiation close le");
        assertThat(bureau.locator("#fil-personne-texte")).hasCount(0);
        Pages.verifierPage(bureau, "mediation/08-saisine-close");

        Pages.ouvrir(telephone, url("/ma-mediation/" + saisine));
        assertThat(telephone.locator("#accuse")).containsText("Accord amiable");
        assertThat(telephone.locator("#liste-consultations li")).hasCount(1);
        assertThat(telephone.locator("#consultations")).containsText("Cet accès a pris fin le");
        Pages.verifierPage(telephone, "mediation/13-mediation-close-telephone");
        Pages.verifierSansDefilementHorizontal(telephone, "médiation close");
    }

    private boolean reclamationsEcrites() {
        try {
            reclamations.motifs();
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }
}
