package fr.portailcep.rendezvous;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;

import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.OrigineRequete;
import fr.portailcep.echeance.CanalDemande;
import fr.portailcep.echeance.Territoire;
import fr.portailcep.rendezvous.web.CreneauxDeTest;
import fr.portailcep.test.ConnexionParCode;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * The public booking and call-back forms (HTML-first pages, DD020) give nothing away: on a small phone (360 px), a staff member's address,
 * an address that already has a rendez-vous and a new address get the very same page ("look at your courriels");
 * the courriel to each address says what happened. A refusal for too many bookings says when to try again and
 * keeps what was typed. Sign-in and sign-up answer the same for any address too. Screenshots under
 * target/captures/formulaires/.
 */
class FormulairesDiscretsIT extends PortailIT {

    /** A conseillère of the demo: a staff address. */
    private static final String PERSONNEL = "amina.keita@demo.portail-cep.fr";

    @Autowired
    ReservationService reservations;

    @Autowired
    CreneauxService creneaux;

    @Autowired
    JdbcClient jdbc;

    @Test
    void une_adresse_du_personnel_et_une_adresse_avec_un_rendez_vous_voient_la_meme_page_qu_une_adresse_neuve() {
        horloge.regler(Instant.now());
        // Someone with a rendez-vous to come, booked at the last slot offered: the phones' first slot stays free.
        var dejaInscrite = "deja.un.rendez-vous@exemple.fr";
        var dernier = creneaux.proposes(new FiltreCreneaux(null, null), CreneauxService.HORIZON_JOURS).getLast();
        assertThat(reservations.reserver(contexte(), ChoixCreneau.de(dernier, dernier.modalites().iterator().next()),
                new Identite("Lucie", "Garnier", AdresseCourriel.lire(dejaInscrite).orElseThrow(), "06 11 22 33 44"),
                null, OrigineRequete.INCONNUE)).isInstanceOf(ReservationEnLigne.Envoyee.class);
        SmtpDeTest.attendre(dejaInscrite, 1);
        var courrielsPersonnelAvant = SmtpDeTest.pour(PERSONNEL).size();
        var neuve = "adresse.neuve@exemple.fr";

        var textes = new LinkedHashMap<String, String>();
        var captures = List.of("01-adresse-du-personnel", "02-deja-un-rendez-vous", "03-adresse-neuve");
        var adresses = List.of(PERSONNEL, dejaInscrite, neuve);
        String debutChoisi = null;
        for (var i = 0; i < adresses.size(); i++) {
            var page = petitTelephone();
            allerAuxCreneaux(page);
            var premier = page.locator(".pc-creneau").first();
            var debut = premier.getAttribute("data-debut");
            if (debutChoisi == null) {
                debutChoisi = debut;
            }
            assertThat(debut).as("le même créneau pour les trois").isEqualTo(debutChoisi);
            premier.click();
            page.waitForURL(Pattern.compile(".*/rendez-vous/coordonnees.*"));
            Pages.attendreVaadin(page);
            remplir(page, adresses.get(i));
            page.locator("#confirmer").click();
            Pages.attendreVaadin(page);
            assertThat(page.locator("#confirmation")).containsText("Regardez vos courriels");
            assertThat(page.locator("#confirmation-courriel")).containsText(adresses.get(i));
            assertThat(page.locator("#recap-demande")).isVisible();
            Pages.verifierPage(page, "formulaires/" + captures.get(i));
            Pages.verifierSansDefilementHorizontal(page, captures.get(i));
            textes.put(adresses.get(i), page.locator("main").innerText().replace(adresses.get(i), "«adresse»"));
        }
        // The same page, word for word, whatever the address.
        assertThat(textes.get(PERSONNEL)).isEqualTo(textes.get(neuve));
        assertThat(textes.get(dejaInscrite)).isEqualTo(textes.get(neuve));

        // The new address: booked, with the calendar file and the personal link.
        var confirmation = SmtpDeTest.attendre(neuve, 1);
        assertThat(SmtpDeTest.sujet(confirmation)).startsWith("Rendez-vous confirmé");
        var ics = Calendriers.ics(confirmation);
        assertThat(ics).contains("METHOD:REQUEST");
        assertThat(Calendriers.champ(ics, "DTSTART")).contains(debutIcs(Instant.ofEpochSecond(Long.parseLong(debutChoisi))));
        var lien = Calendriers.lienGestion(confirmation);
        assertThat(rendezVousReserves(neuve)).isEqualTo(1);

        // The address with a rendez-vous to come: told that the slot asked was not booked, with the link of the
        // one to come; still one rendez-vous.
        var renvoi = SmtpDeTest.attendre(dejaInscrite, 2);
        assertThat(SmtpDeTest.sujet(renvoi)).isEqualTo("Vous avez déjà un rendez-vous");
        assertThat(SmtpDeTest.corps(renvoi)).contains("pas réservé").contains("nous n’en réservons pas un deuxième");
        assertThat(Calendriers.lienGestion(renvoi)).contains("/rendez-vous/gerer/");
        assertThat(rendezVousReserves(dejaInscrite)).isEqualTo(1);

        // The staff address: told why nothing was booked, with no link and no calendar file; no bénéficiaire made.
        var personnel = SmtpDeTest.attendre(PERSONNEL, courrielsPersonnelAvant + 1);
        assertThat(SmtpDeTest.sujet(personnel)).isEqualTo("Votre demande n’a pas été enregistrée");
        assertThat(SmtpDeTest.corps(personnel)).contains("compte professionnel").contains("adresse personnelle")
                .doesNotContain("/rendez-vous/gerer/").doesNotContain("BEGIN:VCALENDAR");
        assertThat(jdbc.sql("select count(*) from beneficiaire where email = :e").param("e", PERSONNEL)
                .query(Long.class).single()).isZero();

        // The link of the new address's courriel manages its rendez-vous.
        var page = petitTelephone();
        Pages.ouvrir(page, lien);
        assertThat(page.locator("#recap")).isVisible();
    }

    @Test
    void une_demande_de_rappel_avec_une_adresse_du_personnel_voit_la_meme_page_qu_une_adresse_neuve() {
        var neuve = "rappel.neuf@exemple.fr";
        var courrielsPersonnelAvant = SmtpDeTest.pour(PERSONNEL).size();
        var textes = new LinkedHashMap<String, String>();
        for (var email : List.of(PERSONNEL, neuve)) {
            var page = petitTelephone();
            allerAuxCreneaux(page);
            page.locator("#demander-rappel").click();
            page.waitForURL(Pattern.compile(".*/rendez-vous/rappel$"));
            Pages.attendreVaadin(page);
            remplir(page, email);
            page.locator("#envoyer-rappel").click();
            Pages.attendreVaadin(page);
            assertThat(page.locator("#rappel-enregistre")).containsText("Regardez vos courriels");
            assertThat(page.locator("#rappel-courriel")).containsText(email);
            Pages.verifierPage(page, "formulaires/" + (email.equals(neuve) ? "05-rappel-adresse-neuve"
                    : "04-rappel-adresse-du-personnel"));
            Pages.verifierSansDefilementHorizontal(page, "rappel");
            textes.put(email, page.locator("main").innerText().replace(email, "«adresse»"));
        }
        assertThat(textes.get(PERSONNEL)).isEqualTo(textes.get(neuve));

        var confirmation = SmtpDeTest.attendre(neuve, 1);
        assertThat(SmtpDeTest.sujet(confirmation)).isEqualTo("Votre demande de rappel est enregistrée");
        assertThat(SmtpDeTest.corps(confirmation)).contains("06 12 34 56 78").contains("au plus tard le");
        var personnel = SmtpDeTest.attendre(PERSONNEL, courrielsPersonnelAvant + 1);
        assertThat(SmtpDeTest.sujet(personnel)).isEqualTo("Votre demande n’a pas été enregistrée");
        assertThat(SmtpDeTest.corps(personnel)).contains("demande de rappel").contains("compte professionnel");
        assertThat(jdbc.sql("select count(*) from beneficiaire where email = :e").param("e", PERSONNEL)
                .query(Long.class).single()).isZero();
    }

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void trop_de_reservations_pour_une_adresse_le_refus_dit_quand_reessayer_et_garde_la_saisie() {
        // A fixed time of day: the wait ends the same day ("à 10h…"), whenever the suite runs (at 23h50 it would
        // say "demain à 0h01", which is right but not what this test reads).
        horloge.regler(LocalDate.now(PARIS).plusDays(1).atTime(10, 0).atZone(PARIS).toInstant());
        var email = "tres.presse@exemple.fr";
        // Five bookings tried with this address in the hour (here: of slots no longer offered).
        for (var i = 0; i < 5; i++) {
            assertThat(reservations.reserver(contexte(),
                    new ChoixCreneau(null, Instant.parse("2027-12-01T02:17:07Z"), Modalite.VISIO, null),
                    new Identite("Inès", "Moreau", AdresseCourriel.lire(email).orElseThrow(), null), null,
                    new OrigineRequete("192.0.2." + (100 + i), "test"))).isInstanceOf(ReservationEnLigne.CreneauPris.class);
        }
        var page = petitTelephone();
        allerAuxCreneaux(page);
        // A slot far enough ahead to be still offered after the wait.
        var seuil = horloge.instant().plus(CreneauxService.DELAI_PREVENANCE).plus(Duration.ofHours(1)).getEpochSecond();
        page.locator(".pc-creneau").all().stream()
                .filter(b -> Long.parseLong(b.getAttribute("data-debut")) > seuil).findFirst().orElseThrow().click();
        page.waitForURL(Pattern.compile(".*/rendez-vous/coordonnees.*"));
        Pages.attendreVaadin(page);
        remplir(page, email);
        page.locator("#besoin").fill("Changer de métier.");
        page.locator("#confirmer").click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#trop-de-demandes")).containsText("Vous pourrez réessayer à ");
        assertThat(page.locator("#trop-de-demandes")).containsText("Vos réponses sont gardées");
        assertThat(page.locator("#prenom")).hasValue("Inès");
        assertThat(page.locator("#email")).hasValue(email);
        assertThat(page.locator("#besoin")).hasValue("Changer de métier.");
        Pages.verifierPage(page, "formulaires/06-trop-de-reservations");
        Pages.verifierSansDefilementHorizontal(page, "refus");
        assertThat(rendezVousReserves(email)).isZero();

        // Twelve minutes later, one more tap is enough: nothing to type again.
        horloge.avancer(Duration.ofMinutes(12));
        page.locator("#confirmer").click();
        Pages.attendreVaadin(page);
        assertThat(page.locator("#confirmation")).isVisible();
        assertThat(rendezVousReserves(email)).isEqualTo(1);
        assertThat(SmtpDeTest.sujet(SmtpDeTest.attendre(email, 1))).startsWith("Rendez-vous confirmé");
    }

    @Test
    void la_connexion_et_l_inscription_repondent_pareil_pour_une_adresse_du_personnel_d_un_beneficiaire_ou_inconnue() {
        horloge.regler(Instant.now());
        for (var chemin : List.of("connexion", "inscription")) {
            var textes = new LinkedHashMap<String, String>();
            var adresses = List.of(PERSONNEL, "yasmine.diallo@demo.portail-cep.fr", chemin + ".inconnue@exemple.fr");
            for (var email : adresses) {
                var page = petitTelephone();
                Pages.ouvrir(page, url("/" + chemin));
                if (chemin.equals("inscription")) {
                    page.locator("#prenom input").fill("Inès");
                }
                ConnexionParCode.demander(page, email);
                assertThat(page.locator("#code-envoye")).containsText(email);
                textes.put(email, page.locator("main").innerText().replace(email, "«adresse»"));
            }
            assertThat(textes.values()).as("page « %s »", chemin).containsOnly(textes.get(adresses.getLast()));
        }
    }

    private ContexteDemande contexte() {
        return new ContexteDemande(null, null, Territoire.METROPOLE, horloge.instant(), CanalDemande.EN_LIGNE,
                "FormulairesDiscretsIT");
    }

    /** The free slots, the request under way put in the session as the aiguillage would ({@link CreneauxDeTest}). */
    private void allerAuxCreneaux(Page page) {
        Pages.ouvrir(page, url(CreneauxDeTest.CHEMIN));
        page.waitForURL(Pattern.compile(".*/rendez-vous/creneaux$"));
    }

    private static void remplir(Page page, String email) {
        page.locator("#prenom").fill("Inès");
        page.locator("#nom").fill("Moreau");
        page.locator("#email").fill(email);
        page.locator("#telephone").fill("06 12 34 56 78");
    }


    private long rendezVousReserves(String email) {
        return jdbc.sql("""
                select count(*) from rendez_vous r join beneficiaire b on b.id = r.beneficiaire_id
                where b.email = :email and r.statut = 'RESERVE'
                """).param("email", email).query(Long.class).single();
    }

    private static String debutIcs(Instant debut) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .format(debut.atZone(java.time.ZoneOffset.UTC));
    }
}
