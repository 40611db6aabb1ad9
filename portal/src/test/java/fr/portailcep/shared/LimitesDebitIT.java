package fr.portailcep.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.portailcep.aiguillage.AiguillageService;
import fr.portailcep.aiguillage.DejaSuivi;
import fr.portailcep.aiguillage.Employeur;
import fr.portailcep.aiguillage.Motif;
import fr.portailcep.aiguillage.OrigineDemarche;
import fr.portailcep.aiguillage.Reponses;
import fr.portailcep.aiguillage.Situation;
import fr.portailcep.aiguillage.TrancheAge;
import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.ConnexionParCourriel;
import fr.portailcep.compte.DemandeCode;
import fr.portailcep.compte.EvenementConnexion;
import fr.portailcep.compte.JournalConnexions;
import fr.portailcep.compte.OrigineRequete;
import fr.portailcep.echeance.CanalDemande;
import fr.portailcep.echeance.Territoire;
import fr.portailcep.rendezvous.ChoixCreneau;
import fr.portailcep.rendezvous.ContexteDemande;
import fr.portailcep.rendezvous.Identite;
import fr.portailcep.rendezvous.Modalite;
import fr.portailcep.rendezvous.RappelEnLigne;
import fr.portailcep.rendezvous.ReservationEnLigne;
import fr.portailcep.rendezvous.ReservationService;
import fr.portailcep.test.PortailIT;

/**
 * The rate limits of the anonymous actions, through the services, with network addresses other than the tests'
 * loopback (which is exempted from the per-network limits so that the browser tests can run): each test uses
 * addresses of its own, the buckets being kept in the database for the whole run. The limits are those of
 * {@code LimitesDebit.PAR_DEFAUT}.
 */
class LimitesDebitIT extends PortailIT {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    /** A start no slot ever has (at night, not on a slot boundary): a booking of it is refused as taken. */
    private static final Instant JAMAIS_OFFERT = Instant.parse("2027-12-01T02:17:07Z");

    @Autowired
    ConnexionParCourriel connexion;

    @Autowired
    ReservationService reservations;

    @Autowired
    AiguillageService aiguillages;

    @Autowired
    JournalConnexions journal;

    @Autowired
    JdbcClient jdbc;

    private static OrigineRequete depuis(String adresseReseau) {
        return new OrigineRequete(adresseReseau, "LimitesDebitIT");
    }

    private static AdresseCourriel adresse(String texte) {
        return AdresseCourriel.lire(texte).orElseThrow();
    }

    @Test
    void trente_codes_par_heure_depuis_un_reseau_puis_un_toutes_les_deux_minutes() {
        horloge.regler(T0);
        for (var i = 0; i < 30; i++) {
            assertThat(connexion.demanderCode(adresse("code" + i + "@reseau-a.exemple.fr"), null, null,
                    depuis("203.0.113.10"))).isInstanceOf(DemandeCode.Envoyee.class);
        }
        var refus = connexion.demanderCode(adresse("code30@reseau-a.exemple.fr"), null, null, depuis("203.0.113.10"));
        assertThat(refus).isEqualTo(new DemandeCode.TropDeDemandes(T0.plus(Duration.ofMinutes(2))));
        assertThat(journal.compter("code30@reseau-a.exemple.fr", EvenementConnexion.DEMANDE_LIMITEE)).isEqualTo(1);
        // Another network is not concerned; the same one is accepted again once a token is back.
        assertThat(connexion.demanderCode(adresse("code30@reseau-a.exemple.fr"), null, null, depuis("203.0.113.11")))
                .isInstanceOf(DemandeCode.Envoyee.class);
        horloge.avancer(Duration.ofMinutes(2));
        assertThat(connexion.demanderCode(adresse("code31@reseau-a.exemple.fr"), null, null, depuis("203.0.113.10")))
                .isInstanceOf(DemandeCode.Envoyee.class);
    }

    @Test
    void trois_codes_par_adresse_quel_que_soit_le_reseau() {
        horloge.regler(T0);
        var email = adresse("trois.codes@exemple.fr");
        for (var i = 0; i < 3; i++) {
            assertThat(connexion.demanderCode(email, null, null, depuis("198.51.100." + (20 + i))))
                    .isInstanceOf(DemandeCode.Envoyee.class);
        }
        assertThat(connexion.demanderCode(email, null, null, depuis("198.51.100.30")))
                .isEqualTo(new DemandeCode.TropDeDemandes(T0.plus(Duration.ofMinutes(5))));
    }

    @Test
    void dix_inscriptions_par_heure_depuis_un_reseau_la_connexion_reste_possible() {
        horloge.regler(T0);
        for (var i = 0; i < 10; i++) {
            assertThat(connexion.demanderCode(adresse("inscrit" + i + "@reseau-b.exemple.fr"), "Prénom", "Nom",
                    depuis("203.0.113.20"))).isInstanceOf(DemandeCode.Envoyee.class);
        }
        assertThat(connexion.demanderCode(adresse("inscrit10@reseau-b.exemple.fr"), "Prénom", "Nom",
                depuis("203.0.113.20"))).isEqualTo(new DemandeCode.TropDeDemandes(T0.plus(Duration.ofMinutes(6))));
        // Signing in (no first name) from the same network is another action, still allowed.
        assertThat(connexion.demanderCode(adresse("inscrit10@reseau-b.exemple.fr"), null, null,
                depuis("203.0.113.20"))).isInstanceOf(DemandeCode.Envoyee.class);
    }

    @Test
    void cinq_reservations_par_heure_pour_une_adresse_et_vingt_depuis_un_reseau() {
        horloge.regler(T0);
        var personne = adresse("cinq.reservations@exemple.fr");
        for (var i = 0; i < 5; i++) {
            assertThat(reserver(personne, "192.0.2." + (40 + i))).isInstanceOf(ReservationEnLigne.CreneauPris.class);
        }
        assertThat(reserver(personne, "192.0.2.50"))
                .isEqualTo(new ReservationEnLigne.TropDeDemandes(T0.plus(Duration.ofMinutes(12))));

        for (var i = 0; i < 20; i++) {
            assertThat(reserver(adresse("resa" + i + "@reseau-c.exemple.fr"), "203.0.113.30"))
                    .isInstanceOf(ReservationEnLigne.CreneauPris.class);
        }
        assertThat(reserver(adresse("resa20@reseau-c.exemple.fr"), "203.0.113.30"))
                .isEqualTo(new ReservationEnLigne.TropDeDemandes(T0.plus(Duration.ofMinutes(3))));
        assertThat(reserver(adresse("resa20@reseau-c.exemple.fr"), "203.0.113.31"))
                .isInstanceOf(ReservationEnLigne.CreneauPris.class);
    }

    @Test
    void trois_demandes_de_rappel_par_jour_pour_une_adresse_et_dix_par_heure_depuis_un_reseau() {
        horloge.regler(T0);
        for (var i = 0; i < 3; i++) {
            assertThat(rappel("trois.rappels@exemple.fr", "192.0.2." + (60 + i))).isInstanceOf(RappelEnLigne.Envoye.class);
        }
        assertThat(rappel("trois.rappels@exemple.fr", "192.0.2.70"))
                .isEqualTo(new RappelEnLigne.TropDeDemandes(T0.plus(Duration.ofHours(8))));
        assertThat(demandesDeRappel("trois.rappels@exemple.fr")).isEqualTo(1);

        for (var i = 0; i < 10; i++) {
            assertThat(rappel("rappel" + i + "@reseau-d.exemple.fr", "203.0.113.40"))
                    .isInstanceOf(RappelEnLigne.Envoye.class);
        }
        assertThat(rappel("rappel10@reseau-d.exemple.fr", "203.0.113.40"))
                .isEqualTo(new RappelEnLigne.TropDeDemandes(T0.plus(Duration.ofMinutes(6))));
        assertThat(demandesDeRappel("rappel10@reseau-d.exemple.fr")).isZero();
    }

    @Test
    void trente_aiguillages_par_heure_depuis_un_reseau_un_refus_ne_prend_aucun_numero() {
        horloge.regler(T0);
        for (var i = 0; i < 30; i++) {
            assertThat(aiguillages.enregistrerEnLigne(reponses(), depuis("203.0.113.50")))
                    .isInstanceOf(AiguillageService.Resultat.class);
        }
        var numerosAvant = numerosUO0();
        var aiguillagesAvant = jdbc.sql("select count(*) from aiguillage").query(Long.class).single();
        assertThat(aiguillages.enregistrerEnLigne(reponses(), depuis("203.0.113.50")))
                .isEqualTo(new AiguillageService.TropDeDemandes(T0.plus(Duration.ofMinutes(2))));
        assertThat(numerosUO0()).isEqualTo(numerosAvant);
        assertThat(jdbc.sql("select count(*) from aiguillage").query(Long.class).single()).isEqualTo(aiguillagesAvant);
        assertThat(aiguillages.enregistrerEnLigne(reponses(), depuis("203.0.113.51")))
                .isInstanceOf(AiguillageService.Resultat.class);
    }

    /** A booking of a slot nobody offers: refused as taken, after the limits are checked. */
    private ReservationEnLigne reserver(AdresseCourriel email, String reseau) {
        var contexte = new ContexteDemande(null, null, Territoire.METROPOLE, horloge.instant(), CanalDemande.EN_LIGNE,
                "LimitesDebitIT");
        var choix = new ChoixCreneau(null, JAMAIS_OFFERT, Modalite.VISIO, null);
        return reservations.reserver(contexte, choix, new Identite("Prénom", "Nom", email, null), null,
                depuis(reseau));
    }

    private RappelEnLigne rappel(String email, String reseau) {
        var contexte = new ContexteDemande(null, null, Territoire.METROPOLE, horloge.instant(), CanalDemande.EN_LIGNE,
                "LimitesDebitIT");
        return reservations.demanderRappel(contexte, new Identite("Prénom", "Nom", adresse(email), "06 12 34 56 78"),
                null, depuis(reseau));
    }

    private long demandesDeRappel(String email) {
        return jdbc.sql("""
                select count(*) from demande_rappel r join demande_premier_echange d on d.id = r.demande_id
                join beneficiaire b on b.id = d.beneficiaire_id where b.email = :email
                """).param("email", email).query(Long.class).single();
    }

    private long numerosUO0() {
        return jdbc.sql("select coalesce(sum(dernier), 0) from compteur_dossier where uo = '00'").query(Long.class)
                .single();
    }

    private static Reponses reponses() {
        return new Reponses(Situation.SALARIE, Employeur.PRIVE, false, DejaSuivi.NON, false, TrancheAge.DE_26_A_49,
                "67000", null, Motif.EVOLUER, OrigineDemarche.INDIVIDUELLE);
    }
}
