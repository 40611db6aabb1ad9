package fr.portailcep.echeance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.portailcep.aiguillage.AiguillageService;
import fr.portailcep.aiguillage.DejaSuivi;
import fr.portailcep.aiguillage.Employeur;
import fr.portailcep.aiguillage.ModeContact;
import fr.portailcep.aiguillage.Motif;
import fr.portailcep.aiguillage.OrigineDemarche;
import fr.portailcep.aiguillage.Reponses;
import fr.portailcep.aiguillage.Situation;
import fr.portailcep.aiguillage.TrancheAge;
import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.OrigineRequete;
import fr.portailcep.rendezvous.Identite;
import fr.portailcep.rendezvous.ReservationService;
import fr.portailcep.shared.courriel.EnvoiCourriels;
import fr.portailcep.test.BoiteDEnvoi;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * With a controlled clock, a request that finds no rendez-vous (the person asked to be called back) alerts the
 * managers at J-10, J-3 and once overdue: each alert once, even when the round runs again (a restart, a second
 * instance), and an SMTP outage delays an alert without losing it.
 */
class AlertesEcheancesIT extends PortailIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String MANAGER = "nadia.benali@demo.portail-cep.fr";

    @Autowired
    AiguillageService aiguillages;

    @Autowired
    ReservationService reservations;

    @Autowired
    AlertesEcheances alertes;

    @Autowired
    EnvoiCourriels envoi;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void smtpRelance() {
        SmtpDeTest.redemarrer();
    }

    @Test
    void les_alertes_j10_j3_et_retard_partent_une_fois_chacune_meme_apres_une_panne_smtp() {
        // A first request on Monday 1 March 2027, in Strasbourg (Alsace-Moselle: Good Friday and 26 December off).
        horloge.regler(LocalDate.of(2027, 3, 1).atTime(9, 0).atZone(PARIS).toInstant());
        var aiguillage = aiguillages.enregistrer(new Reponses(Situation.SALARIE, Employeur.PRIVE, false, DejaSuivi.NON,
                false, TrancheAge.DE_26_A_49, "67000", null, Motif.EVOLUER, OrigineDemarche.INDIVIDUELLE),
                ModeContact.EN_LIGNE, null).aiguillage();
        var reference = aiguillage.numeroDossier();
        reservations.demanderRappel(aiguillages.contexte(aiguillage),
                new Identite("Hugo", "Marchal", AdresseCourriel.lire("hugo.marchal@exemple.fr").orElseThrow(), "06 11 22 33 44"),
                "le matin", OrigineRequete.INCONNUE);
        var limite = jdbc.sql("""
                select d.date_limite from demande_premier_echange d join beneficiaire b on b.id = d.beneficiaire_id
                where b.email = 'hugo.marchal@exemple.fr' and d.statut = 'OUVERTE'
                """).query(LocalDate.class).single();
        var calendrier = CalendrierJoursOuvres.pour(Territoire.ALSACE_MOSELLE);
        assertThat(limite).isEqualTo(calendrier.ajouterJoursOuvres(LocalDate.of(2027, 3, 1), 30));

        // Nothing before J-10.
        aller(premierJour(Palier.J10, limite, calendrier).minusDays(1));
        alertes.envoyer();
        envoi.envoyerEnAttente();
        BoiteDEnvoi.attendreQueToutSoitParti(jdbc, MANAGER);
        assertThat(alertesPour(reference, "J-10")).isEmpty();

        // J-10: one alert; a second round (a restart, another instance) sends nothing more.
        aller(premierJour(Palier.J10, limite, calendrier));
        alertes.envoyer();
        alertes.envoyer();
        envoi.envoyerEnAttente();
        attendre(reference, "J-10");
        alertes.envoyer();
        envoi.envoyerEnAttente();
        BoiteDEnvoi.attendreQueToutSoitParti(jdbc, MANAGER);
        assertThat(alertesPour(reference, "J-10")).hasSize(1);
        assertThat(SmtpDeTest.corps(alertesPour(reference, "J-10").getFirst())).contains("rappelée");

        // J-3 during an SMTP outage: kept, retried, sent once the server is back.
        SmtpDeTest.arreter();
        aller(premierJour(Palier.J3, limite, calendrier));
        alertes.envoyer();
        envoi.envoyerEnAttente();
        alertes.envoyer();
        assertThat(jdbc.sql("""
                select statut, tentatives from courriel_sortant where cle_idempotence like :cle
                """).param("cle", "echeance:J3:%" + demande(reference) + "%").query().listOfRows())
                .singleElement().satisfies(l -> assertThat(l.get("statut")).isEqualTo("EN_ATTENTE"));
        SmtpDeTest.redemarrer();
        horloge.avancer(Duration.ofHours(2));
        envoi.envoyerEnAttente();
        attendre(reference, "J-3");
        alertes.envoyer();
        envoi.envoyerEnAttente();
        BoiteDEnvoi.attendreQueToutSoitParti(jdbc, MANAGER);
        assertThat(alertesPour(reference, "J-3")).hasSize(1);

        // Overdue, the day after the due date: once.
        aller(limite.plusDays(1));
        alertes.envoyer();
        alertes.envoyer();
        envoi.envoyerEnAttente();
        attendre(reference, "retard");
        BoiteDEnvoi.attendreQueToutSoitParti(jdbc, MANAGER);
        assertThat(alertesPour(reference, "retard")).hasSize(1);
        assertThat(alertesPour(reference, "J-10")).isEmpty(); // not sent again after the restart of the server
    }

    private void aller(LocalDate jour) {
        horloge.regler(jour.atTime(LocalTime.of(10, 0)).atZone(PARIS).toInstant());
    }

    /** The first day on which the request reaches this stage. */
    private static LocalDate premierJour(Palier palier, LocalDate limite, CalendrierJoursOuvres calendrier) {
        var jour = limite.minusDays(60);
        while (!Palier.atteint(jour, limite, calendrier).equals(java.util.Optional.of(palier))) {
            jour = jour.plusDays(1);
        }
        return jour;
    }

    private String demande(String reference) {
        return jdbc.sql("select id::text from demande_premier_echange where reference = :r").param("r", reference)
                .query(String.class).single();
    }

    private static List<MimeMessage> alertesPour(String reference, String motCle) {
        return SmtpDeTest.pour(MANAGER).stream()
                .filter(m -> SmtpDeTest.sujet(m).contains(motCle) && SmtpDeTest.corps(m).contains(reference))
                .toList();
    }

    private static void attendre(String reference, String motCle) {
        Awaitility.await("alerte « " + motCle + " » pour " + reference).atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200)).until(() -> !alertesPour(reference, motCle).isEmpty());
    }
}
