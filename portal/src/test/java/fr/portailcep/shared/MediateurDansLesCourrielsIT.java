package fr.portailcep.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.ConnexionParCourriel;
import fr.portailcep.compte.OrigineRequete;
import fr.portailcep.echeance.CanalDemande;
import fr.portailcep.echeance.Territoire;
import fr.portailcep.messagerie.MessagerieService;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.reclamation.NouvelleReclamation;
import fr.portailcep.reclamation.ReclamationsService;
import fr.portailcep.rendezvous.ChoixCreneau;
import fr.portailcep.rendezvous.ContexteDemande;
import fr.portailcep.rendezvous.CreneauxService;
import fr.portailcep.rendezvous.Identite;
import fr.portailcep.rendezvous.Modalite;
import fr.portailcep.rendezvous.ReservationEnLigne;
import fr.portailcep.rendezvous.ReservationService;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;
import jakarta.mail.internet.MimeMessage;

/**
 * The médiateur de France compétences at the foot of real courriels, as the mail server (GreenMail) receives them:
 * a sign-in code, a rendez-vous confirmation (with its calendar attachment), a new-message notice, the
 * acknowledgement of a réclamation and its answer (its letter attached as a PDF, the médiateur on each page). Each has a
 * text part and an HTML part, and both carry the footer exactly as the bundles write it
 * ({@link SmtpDeTest#exigerLeMediateur}, which every test that waits for a courriel applies too). Then every
 * courriel the server has received during the run, whatever test caused it, is checked the same way (and each page
 * of each PDF attached); the subjects seen are listed in {@code target/mediateur/courriels.md}.
 */
class MediateurDansLesCourrielsIT extends PortailIT {

    private static final OrigineRequete ORIGINE = new OrigineRequete("127.0.0.1", "MediateurDansLesCourrielsIT");

    @Autowired
    ConnexionParCourriel connexion;

    @Autowired
    ReservationService reservations;

    @Autowired
    CreneauxService creneaux;

    @Autowired
    OperateurService operateurs;

    @Autowired
    MessagerieService messagerie;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReclamationsService reclamations;

    @Test
    void le_code_la_confirmation_de_rendez_vous_l_avis_de_message_et_la_reponse_a_une_reclamation_nomment_le_mediateur()
            throws Exception {
        var suffixe = UUID.randomUUID().toString().substring(0, 8);

        var inscrit = "mediateur.code." + suffixe + "@exemple.fr";
        connexion.demanderCode(AdresseCourriel.lire(inscrit).orElseThrow(), "Inès", "Martin", ORIGINE);
        var code = SmtpDeTest.attendre(inscrit, 1);
        assertThat(SmtpDeTest.code(code)).hasSize(6);

        var rdv = "mediateur.rdv." + suffixe + "@exemple.fr";
        var confirmation = reserver(rdv);
        assertThat(SmtpDeTest.sujet(confirmation)).startsWith("Rendez-vous confirmé");
        assertThat(SmtpDeTest.corps(confirmation)).contains("BEGIN:VCALENDAR");

        var thomas = personnes.compte("thomas.petit").email();
        var deja = SmtpDeTest.pour(thomas).size();
        personnes.faire("julien.weber", () -> messagerie.ecrireA(personnes.beneficiaire("thomas.petit"),
                "Votre fiche métier", "Bonjour Thomas, voici la fiche dont nous avons parlé.", List.of()));
        var avis = SmtpDeTest.attendre(thomas, deja + 1);
        assertThat(SmtpDeTest.corps(avis)).contains("/messages/");

        // A réclamation: its acknowledgement, then the answer with its letter (PDF) attached.
        var identifiant = "mediateur.reclamation." + suffixe;
        personnes.nouveauBeneficiaire(identifiant, "Agathe", "Médiation");
        var adresse = identifiant + fr.portailcep.parcours.Personnes.DOMAINE;
        var reclamation = personnes.enTantQue(identifiant, () -> reclamations.deposer(new NouvelleReclamation(
                "ACCUEIL", "Personne ne m’a rappelée.", "Un rendez-vous.", List.of()))).id();
        var accuse = SmtpDeTest.attendreSujet(adresse, 0, "Nous avons bien reçu votre réclamation");
        personnes.faire("nadia.benali", () -> reclamations.envoyerReponse(reclamation,
                String.join("\n", java.util.Collections.nCopies(60, "Madame, votre conseillère vous appelle demain "
                        + "pour fixer un rendez-vous qui vous convient, sur place ou par téléphone."))));
        var reponse = SmtpDeTest.attendreSujet(adresse, 0, "Nous avons répondu à votre réclamation");
        var lettres = pdfJoints(reponse);
        assertThat(lettres).as("la lettre de réponse jointe").hasSize(1);
        try (var document = org.apache.pdfbox.Loader.loadPDF(lettres.getFirst())) {
            assertThat(document.getNumberOfPages()).as("une longue réponse : plusieurs pages").isGreaterThan(1);
        }
        assertThat(pagesSansMediateur(SmtpDeTest.sujet(reponse), lettres.getFirst())).isEmpty();

        for (var courriel : List.of(code, confirmation, avis, accuse, reponse)) {
            assertThat(SmtpDeTest.corps(courriel)).as(SmtpDeTest.sujet(courriel))
                    .contains("médiateur de France compétences").contains("11 rue Scribe, 75009 Paris");
        }
    }

    @Test
    void chaque_courriel_recu_pendant_la_suite_nomme_le_mediateur_en_texte_et_en_html() throws Exception {
        // At least one, when this test runs alone.
        var email = "mediateur.tous." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        connexion.demanderCode(AdresseCourriel.lire(email).orElseThrow(), null, null, ORIGINE);
        SmtpDeTest.attendre(email, 1);

        var parSujet = new TreeMap<String, Integer>();
        var manques = new ArrayList<String>();
        var pdfJoints = 0;
        for (MimeMessage courriel : SmtpDeTest.serveur().getReceivedMessages()) {
            parSujet.merge(SmtpDeTest.sujet(courriel).replaceAll("\\d", "#"), 1, Integer::sum);
            try {
                SmtpDeTest.exigerLeMediateur(courriel);
            } catch (AssertionError e) {
                manques.add(e.getMessage());
            }
            // A PDF attached (a livrable, the answer to a réclamation) carries the médiateur on each of its pages.
            for (var pdf : pdfJoints(courriel)) {
                pdfJoints++;
                manques.addAll(pagesSansMediateur(SmtpDeTest.sujet(courriel), pdf));
            }
        }
        var rapport = new StringBuilder("# Courriels reçus par GreenMail pendant la suite (MediateurDansLesCourrielsIT)\n\n"
                + "Chacun porte le médiateur de France compétences en texte et en HTML.\n\n");
        parSujet.forEach((sujet, nombre) -> rapport.append("- ").append(sujet).append(" : ").append(nombre).append('\n'));
        rapport.append("\nPDF joints, chaque page lue : ").append(pdfJoints).append('\n');
        Files.createDirectories(Path.of("target", "mediateur"));
        Files.writeString(Path.of("target", "mediateur", "courriels.md"), rapport);
        assertThat(manques).as("courriels reçus sans la mention du médiateur").isEmpty();
        assertThat(parSujet).isNotEmpty();
    }

    /** Every PDF attached to the courriel, wherever it sits in its parts. */
    static List<byte[]> pdfJoints(jakarta.mail.Part partie) throws Exception {
        var trouves = new ArrayList<byte[]>();
        if (partie.isMimeType("multipart/*")) {
            var multi = (jakarta.mail.Multipart) partie.getContent();
            for (var i = 0; i < multi.getCount(); i++) {
                trouves.addAll(pdfJoints(multi.getBodyPart(i)));
            }
        } else if (partie.isMimeType("application/pdf")) {
            trouves.add(partie.getInputStream().readAllBytes());
        }
        return trouves;
    }

    /** The pages of the PDF whose text lacks the médiateur's footer as the bundles write it. */
    static List<String> pagesSansMediateur(String nom, byte[] pdf) throws Exception {
        var textes = TextesDeTest.textes();
        var mention = List.of(textes.get("courriel.mediateur.titre"), textes.get("courriel.mediateur.texte"));
        var manques = new ArrayList<String>();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            for (var page = 1; page <= document.getNumberOfPages(); page++) {
                var extracteur = new org.apache.pdfbox.text.PDFTextStripper();
                extracteur.setStartPage(page);
                extracteur.setEndPage(page);
                var texte = extracteur.getText(document).replaceAll("\\s+", " ");
                for (var attendu : mention) {
                    if (!texte.contains(attendu.replaceAll("\\s+", " "))) {
                        manques.add("PDF joint à « " + nom + " », page " + page + " : « " + attendu + " » manque");
                    }
                }
            }
        }
        return manques;
    }

    /**
     * Books a free slot of Sophie Lambert (Reims, the one conseiller there) for a new person; returns the confirmation
     * courriel, which carries the link to manage the rendez-vous.
     */
    MimeMessage reserver(String email) {
        return reserver(email, reservations, creneaux, operateurs, jdbc, horloge.instant());
    }

    static MimeMessage reserver(String email, ReservationService reservations, CreneauxService creneaux,
            OperateurService operateurs, JdbcClient jdbc, java.time.Instant maintenant) {
        var reims = operateurs.sites().stream().filter(s -> s.departement().equals("51")).findFirst().orElseThrow();
        var sophie = jdbc.sql("select id from compte where email = 'sophie.lambert@demo.portail-cep.fr'")
                .query(UUID.class).single();
        var pasAvant = maintenant.plus(CreneauxService.DELAI_PREVENANCE).plusSeconds(3600);
        var libres = creneaux.libresDe(sophie, 30).stream()
                .filter(c -> c.siteId().equals(reims.id()) && c.modalites().contains(Modalite.SUR_SITE)
                        && c.debut().isAfter(pasAvant))
                .toList();
        var contexte = new ContexteDemande(null, null, Territoire.METROPOLE, maintenant, CanalDemande.EN_LIGNE,
                "MediateurDansLesCourrielsIT");
        var identite = new Identite("Inès", "Martin", AdresseCourriel.lire(email).orElseThrow(), null);
        // Another test may have taken a slot meanwhile: the next one is tried.
        for (var creneau : libres) {
            var resultat = reservations.reserver(contexte, new ChoixCreneau(reims.id(), creneau.debut(),
                    Modalite.SUR_SITE, null), identite, null, OrigineRequete.INCONNUE);
            if (resultat instanceof ReservationEnLigne.Envoyee) {
                return SmtpDeTest.attendre(email, 1);
            }
        }
        throw new AssertionError("Aucun créneau libre de Sophie Lambert à Reims dans les 30 jours");
    }

    /** The link to manage the rendez-vous, as the confirmation courriel gives it (path only). */
    static String lienDeGestion(MimeMessage confirmation) {
        var m = Pattern.compile("(/rendez-vous/gerer/[A-Za-z0-9_.-]+)").matcher(SmtpDeTest.corps(confirmation));
        assertThat(m.find()).as("un lien de gestion dans la confirmation").isTrue();
        return m.group(1);
    }
}
