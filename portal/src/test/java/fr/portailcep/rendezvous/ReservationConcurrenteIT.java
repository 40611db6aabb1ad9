package fr.portailcep.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.OrigineRequete;
import fr.portailcep.echeance.CanalDemande;
import fr.portailcep.echeance.Territoire;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.test.PortailIT;

/**
 * Twenty people book the same slot at the same instant: exactly one gets it, the others are told it was just taken
 * and are offered other slots. The database itself refuses two live rendez-vous of one conseiller at the same time.
 * On the booking page, a slot taken meanwhile is said and the next ones offered, nothing typed lost.
 */
class ReservationConcurrenteIT extends PortailIT {

    @Autowired
    ReservationService reservations;

    @Autowired
    CreneauxService creneaux;

    @Autowired
    OperateurService operateurs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void vingt_reservations_simultanees_du_meme_creneau_une_seule_reussit() throws Exception {
        // Reims has one conseiller: a slot there on site is one person's time.
        var reims = operateurs.sites().stream().filter(s -> s.departement().equals("51")).findFirst().orElseThrow();
        var sophie = jdbc.sql("select id from compte where email = 'sophie.lambert@demo.portail-cep.fr'")
                .query(UUID.class).single();
        var pasAvant = horloge.instant().plus(CreneauxService.DELAI_PREVENANCE).plusSeconds(3600);
        var creneau = creneaux.libresDe(sophie, 30).stream()
                .filter(c -> c.siteId().equals(reims.id()) && c.modalites().contains(Modalite.SUR_SITE)
                        && c.debut().isAfter(pasAvant))
                .findFirst().orElseThrow();
        var choix = new ChoixCreneau(reims.id(), creneau.debut(), Modalite.SUR_SITE, null);
        var contexte = new ContexteDemande(null, null, Territoire.METROPOLE, horloge.instant(), CanalDemande.EN_LIGNE,
                "Test de concurrence");

        var depart = new CountDownLatch(1);
        var executeur = Executors.newFixedThreadPool(20);
        List<Future<ReservationEnLigne>> resultats = new ArrayList<>();
        try {
            for (var i = 0; i < 20; i++) {
                var identite = new Identite("Personne", "N" + i, AdresseCourriel.lire("concurrence" + i + "@exemple.fr").orElseThrow(),
                        null);
                resultats.add(executeur.submit(() -> {
                    depart.await();
                    return reservations.reserver(contexte, choix, identite, null, OrigineRequete.INCONNUE);
                }));
            }
            depart.countDown();
            var envoyees = 0;
            var prises = 0;
            for (var f : resultats) {
                switch (f.get()) {
                    case ReservationEnLigne.Envoyee c -> envoyees++;
                    case ReservationEnLigne.CreneauPris pris -> {
                        prises++;
                        assertThat(pris.alternatives()).as("d’autres créneaux proposés").isNotEmpty()
                                .allSatisfy(a -> assertThat(a.debut()).isNotEqualTo(creneau.debut()));
                    }
                    case ReservationEnLigne r -> throw new AssertionError("Inattendu : " + r);
                }
            }
            // The one whose booking went through was told to look at the courriels (the confirmation is there).
            assertThat(envoyees).isEqualTo(1);
            assertThat(prises).isEqualTo(19);
        } finally {
            executeur.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from rendez_vous where conseiller_id = :c and debut = :d and statut = 'RESERVE'")
                .param("c", sophie).param("d", java.sql.Timestamp.from(creneau.debut())).query(Long.class).single())
                .isEqualTo(1);
        // The losers' bookings left nothing behind: one dossier opened, for the winner only.
        assertThat(jdbc.sql("""
                select count(*) from dossier d join beneficiaire b on b.id = d.beneficiaire_id
                where b.email like 'concurrence%@exemple.fr'
                """).query(Long.class).single()).isEqualTo(1);
    }

    /**
     * On the page (HTML-first, JavaScript off): the slot chosen is taken by someone else while the person types.
     * The form says so clearly, keeps everything typed and offers the next free slots in the same form; one of them
     * is booked with one more tap.
     */
    @Test
    void un_creneau_pris_entre_temps_sur_la_page_est_dit_et_les_coordonnees_restent() {
        horloge.regler(java.time.Instant.now());
        var reims = operateurs.sites().stream().filter(s -> s.departement().equals("51")).findFirst().orElseThrow();
        var sophie = jdbc.sql("select id from compte where email = 'sophie.lambert@demo.portail-cep.fr'")
                .query(UUID.class).single();
        var pasAvant = horloge.instant().plus(CreneauxService.DELAI_PREVENANCE).plusSeconds(3600);
        var creneau = creneaux.libresDe(sophie, 30).stream()
                .filter(c -> c.siteId().equals(reims.id()) && c.modalites().contains(Modalite.SUR_SITE)
                        && c.debut().isAfter(pasAvant))
                .findFirst().orElseThrow();
        var page = sansJavaScript();
        fr.portailcep.test.Pages.ouvrir(page, url(fr.portailcep.rendezvous.web.CreneauxDeTest.CHEMIN));
        fr.portailcep.test.Pages.ouvrir(page, url("/rendez-vous/coordonnees?debut=" + creneau.debut().getEpochSecond()
                + "&site=" + reims.id() + "&modalite=SUR_SITE"));
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#recap")).containsText("Reims");
        page.locator("#prenom").fill("Lina");
        page.locator("#nom").fill("Perrin");
        page.locator("#email").fill("lina.perrin@exemple.fr");
        page.locator("#telephone").fill("06 44 55 66 77");
        page.locator("#besoin").fill("Reprendre des études.");

        // Someone else books that very slot first.
        var contexte = new ContexteDemande(null, null, Territoire.METROPOLE, horloge.instant(), CanalDemande.EN_LIGNE,
                "Premier arrivé");
        assertThat(reservations.reserver(contexte, new ChoixCreneau(reims.id(), creneau.debut(), Modalite.SUR_SITE, null),
                new Identite("Premier", "Arrivé", AdresseCourriel.lire("premier.arrive@exemple.fr").orElseThrow(), null),
                null, OrigineRequete.INCONNUE)).isInstanceOf(ReservationEnLigne.Envoyee.class);

        page.locator("#confirmer").click();
        var alerte = page.locator("#alerte-creneau");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(alerte)
                .containsText("Ce créneau vient d’être réservé par quelqu’un d’autre");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#prenom")).hasValue("Lina");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#email"))
                .hasValue("lina.perrin@exemple.fr");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#besoin"))
                .hasValue("Reprendre des études.");
        assertThat(page.locator("#creneau input[type=radio]").count()).isBetween(1, 3);
        fr.portailcep.test.Pages.verifierSansDefilementHorizontal(page, "créneau pris");
        fr.portailcep.test.Pages.verifierPage(page, "reservation-html/13-creneau-pris-sans-js");

        // Sent without choosing: asked to choose, still nothing lost.
        page.locator("#confirmer").click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#creneau-erreur"))
                .containsText("Choisissez un des créneaux proposés.");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#prenom")).hasValue("Lina");
        // One of the others, one tap.
        var autre = Long.parseLong(page.locator("#creneau-0").getAttribute("value").split(":")[0]);
        page.locator("label[for='creneau-0']").click();
        page.locator("#confirmer").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/rendez-vous/confirmation$"));
        assertThat(jdbc.sql("""
                select r.debut from rendez_vous r join beneficiaire b on b.id = r.beneficiaire_id
                where b.email = 'lina.perrin@exemple.fr' and r.statut = 'RESERVE'
                """).query(java.sql.Timestamp.class).single().toInstant().getEpochSecond()).isEqualTo(autre);
    }

    @Test
    void la_base_refuse_deux_rendez_vous_vivants_qui_se_chevauchent_pour_un_conseiller() {
        var existant = jdbc.sql("""
                select id, conseiller_id, site_id, beneficiaire_id, debut, fin from rendez_vous
                where statut = 'RESERVE' limit 1
                """).query().singleRow();
        var debut = ((java.sql.Timestamp) existant.get("debut")).toInstant().plusSeconds(15 * 60);
        var fin = debut.plusSeconds(3600);
        assertThatThrownBy(() -> jdbc.sql("""
                insert into rendez_vous (id, conseiller_id, site_id, beneficiaire_id, modalite, debut, fin, statut,
                  origine, cree_le, modifie_le)
                values (:id, :c, :s, :b, 'SUR_SITE', :debut, :fin, 'RESERVE', 'EN_LIGNE', now(), now())
                """).param("id", UUID.randomUUID()).param("c", existant.get("conseiller_id"))
                .param("s", existant.get("site_id")).param("b", existant.get("beneficiaire_id"))
                .param("debut", java.sql.Timestamp.from(debut)).param("fin", java.sql.Timestamp.from(fin)).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("rendez_vous_sans_chevauchement");
    }
}
