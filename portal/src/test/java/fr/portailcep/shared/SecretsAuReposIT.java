package fr.portailcep.shared;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import jakarta.mail.internet.MimeMessage;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.ConnexionParCourriel;
import fr.portailcep.compte.OrigineRequete;
import fr.portailcep.echeance.CanalDemande;
import fr.portailcep.echeance.Territoire;
import fr.portailcep.rendezvous.ChoixCreneau;
import fr.portailcep.rendezvous.ContexteDemande;
import fr.portailcep.rendezvous.CreneauxService;
import fr.portailcep.rendezvous.Gestion;
import fr.portailcep.rendezvous.GestionRendezVous;
import fr.portailcep.rendezvous.Identite;
import fr.portailcep.rendezvous.Modalite;
import fr.portailcep.rendezvous.ReservationEnLigne;
import fr.portailcep.rendezvous.ReservationService;
import fr.portailcep.shared.courriel.EnvoiCourriels;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * No usable secret at rest. After a sign-in by code, a booking (its confirmation carries the link to manage the
 * rendez-vous) and a move (a new link), and while a sign-in courriel waits for a mail server that is down, the
 * sign-in codes and the secrets of the links taken from the courriels received appear nowhere: not in the outbox,
 * not in any other table, not in a dump of the whole database, not in the database's files on disk (tables, WAL),
 * not in the logs.
 * <p>
 * The dump: no {@code pg_dump} able to dump the embedded PostgreSQL 17 is available on these machines (zonky's
 * binaries bundle only {@code initdb}, {@code pg_ctl} and {@code postgres}; Debian's client is version 15 and
 * refuses a newer server), so every table of every schema, and the large objects, are dumped with
 * {@code COPY … TO STDOUT}: the same text format as {@code pg_dump}'s data sections.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsAuReposIT extends PortailIT {

    private static final Pattern CODE = Pattern.compile("(?m)^(\\d{6})\\r?$");
    private static final Pattern SECRET_CONNEXION = Pattern.compile("/connexion/lien\\?jeton=[0-9a-f-]+&(?:amp;)?secret=([A-Za-z0-9_-]+)");
    private static final Pattern LIEN_GESTION = Pattern.compile("/rendez-vous/gerer/([0-9a-f-]{36}\\.[A-Za-z0-9_-]+)");

    @Autowired
    JdbcClient jdbc;

    /** The schema's owner: a dump is taken by the database's administrator, who sees every table. */
    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    ConnexionParCourriel connexion;

    @Autowired
    ReservationService reservations;

    @Autowired
    GestionRendezVous gestion;

    @Autowired
    CreneauxService creneaux;

    @Autowired
    EnvoiCourriels envoi;

    @AfterEach
    void serveurRedemarre() {
        SmtpDeTest.redemarrer();
    }

    @Test
    void ni_code_ni_secret_de_lien_en_base_dans_un_dump_sur_disque_ni_dans_les_journaux(CapturedOutput journaux)
            throws Exception {
        var email = "secrets.au.repos@exemple.fr";
        var secrets = new LinkedHashMap<String, String>();

        // A sign-up by code, in the browser.
        var page = telephone();
        Pages.ouvrir(page, url("/inscription"));
        page.locator("#prenom input").fill("Salomé");
        page.locator("#nom input").fill("Repos");
        page.locator("#email input").fill(email);
        page.locator("#envoyer-code").click();
        Pages.attendreVaadin(page);
        var courrielCode = SmtpDeTest.attendre(email, 1);
        var code = SmtpDeTest.code(courrielCode);
        secrets.put("code de connexion", code);
        secrets.put("secret du lien de connexion", premier(SECRET_CONNEXION, courrielCode));
        page.locator("#code input").fill(code);
        page.locator("#valider-code").click();
        page.waitForURL(Pattern.compile(".*/bienvenue/cle-acces$"));

        // A booking, then a move: each courriel carries a new personal link.
        var choix = deuxCreneaux();
        var contexte = new ContexteDemande(null, null, Territoire.METROPOLE, horloge.instant(), CanalDemande.EN_LIGNE,
                "Secrets au repos");
        var identite = new Identite("Salomé", "Repos", AdresseCourriel.lire(email).orElseThrow(), null);
        assertThat(reservations.reserver(contexte, choix.get(0), identite, "Changer de métier",
                OrigineRequete.INCONNUE)).isInstanceOf(ReservationEnLigne.Envoyee.class);
        var jeton = premier(LIEN_GESTION, SmtpDeTest.attendre(email, 2));
        secrets.put("secret du lien de la confirmation", jeton.substring(jeton.indexOf('.') + 1));
        assertThat(gestion.deplacer(jeton, choix.get(1))).isInstanceOf(Gestion.Faite.class);
        var nouveauJeton = premier(LIEN_GESTION, SmtpDeTest.attendre(email, 3));
        secrets.put("secret du lien du déplacement", nouveauJeton.substring(nouveauJeton.indexOf('.') + 1));

        // The mail server goes down: a new code waits in the outbox.
        SmtpDeTest.arreter();
        connexion.demanderCode(AdresseCourriel.lire(email).orElseThrow(), null, null, OrigineRequete.INCONNUE);
        attendreUneTentativeEchouee(email);
        var pendantLaPanne = dump();

        // It still goes out once the server is back, and its secrets were not readable while it waited.
        SmtpDeTest.redemarrer();
        horloge.avancer(Duration.ofMinutes(5));
        envoi.envoyerEnAttente();
        var courrielApresPanne = SmtpDeTest.attendre(email, 1);
        secrets.put("code envoyé après la panne", SmtpDeTest.code(courrielApresPanne));
        secrets.put("secret du lien envoyé après la panne", premier(SECRET_CONNEXION, courrielApresPanne));

        var apres = dump();
        var fichiers = fichiersDeLaBaseQuiContiennent(secrets.values());
        var verifications = new SoftAssertions();
        for (var secret : secrets.entrySet()) {
            verifications.assertThat(tablesQuiContiennent(pendantLaPanne, secret.getValue()))
                    .as("%s dans la base pendant la panne", secret.getKey()).isEmpty();
            verifications.assertThat(tablesQuiContiennent(apres, secret.getValue()))
                    .as("%s dans la base après les envois", secret.getKey()).isEmpty();
            verifications.assertThat(fichiers.get(secret.getValue()))
                    .as("%s dans les fichiers de PostgreSQL", secret.getKey()).isEmpty();
            verifications.assertThat(contient(journaux.getAll(), secret.getValue()))
                    .as("%s dans les journaux", secret.getKey()).isFalse();
        }
        verifications.assertThat(SmtpDeTest.sujet(courrielCode)).as("pas de code dans le sujet").doesNotContain(code);
        verifications.assertAll();
        // The test looks in the right place: what support needs is still there.
        assertThat(apres.get("public.courriel_sortant")).contains(email);
    }

    /** Two free slots on site, a little later than the other tests' (they take the first ones). */
    private List<ChoixCreneau> deuxCreneaux() {
        var conseiller = jdbc.sql("select id from compte where email = 'amina.keita@demo.portail-cep.fr'")
                .query(UUID.class).optional()
                .orElseGet(() -> jdbc.sql("select id from compte where role = 'CONSEILLER' and actif order by email limit 1")
                        .query(UUID.class).single());
        var pasAvant = horloge.instant().plus(CreneauxService.DELAI_PREVENANCE).plus(Duration.ofHours(3));
        var libres = creneaux.libresDe(conseiller, 30).stream()
                .filter(c -> c.modalites().contains(Modalite.SUR_SITE) && c.debut().isAfter(pasAvant))
                .toList();
        assertThat(libres).as("des créneaux libres").hasSizeGreaterThan(12);
        return List.of(libres.get(7), libres.get(12)).stream()
                .map(c -> new ChoixCreneau(c.siteId(), c.debut(), Modalite.SUR_SITE, c.conseillerId())).toList();
    }

    private void attendreUneTentativeEchouee(String email) {
        org.awaitility.Awaitility.await("l’envoi pendant la panne a échoué").atMost(java.time.Duration.ofSeconds(20))
                .until(() -> jdbc.sql("""
                        select count(*) from courriel_sortant
                        where destinataire = :email and statut = 'EN_ATTENTE' and tentatives >= 1
                        """).param("email", email).query(Long.class).single() > 0);
    }

    private static String premier(Pattern motif, MimeMessage courriel) {
        var m = motif.matcher(SmtpDeTest.corps(courriel));
        assertThat(m.find()).as("%s dans « %s »", motif, SmtpDeTest.sujet(courriel)).isTrue();
        return m.group(1);
    }

    /**
     * Every table of every schema (and the large objects) as {@code COPY … TO STDOUT} writes it, as {@code pg_dump}
     * writes its data: table name → its rows as text, {@code bytea} in hexadecimal.
     */
    private Map<String, String> dump() throws SQLException, IOException {
        var tables = jdbc.sql("""
                select quote_ident(schemaname) || '.' || quote_ident(tablename) from pg_tables
                where schemaname not in ('pg_catalog', 'information_schema')
                union all select 'pg_catalog.pg_largeobject'
                order by 1
                """).query(String.class).list();
        var dump = new LinkedHashMap<String, String>();
        try (var connexionJdbc = proprietaire().getConnection()) {
            var copie = connexionJdbc.unwrap(PGConnection.class).getCopyAPI();
            for (var table : tables) {
                var texte = new StringWriter();
                copie.copyOut("copy " + table + " to stdout", texte);
                dump.put(table, texte.toString());
            }
        }
        assertThat(dump).containsKeys("public.courriel_sortant", "public.courriel_piece_jointe",
                "public.event_publication", "public.scheduled_tasks");
        return dump;
    }

    private static List<String> tablesQuiContiennent(Map<String, String> dump, String secret) {
        return dump.entrySet().stream().filter(e -> contient(e.getValue(), secret)).map(Map.Entry::getKey).toList();
    }

    /**
     * The files of the database server (tables, indexes, WAL) after a checkpoint, read one by one as bytes: for each
     * secret, the files where it appears.
     */
    private Map<String, List<String>> fichiersDeLaBaseQuiContiennent(java.util.Collection<String> secrets)
            throws IOException {
        var administrateur = JdbcClient.create(proprietaire());
        administrateur.sql("checkpoint").update();
        var dossier = Path.of(administrateur.sql("show data_directory").query(String.class).single());
        var trouves = new LinkedHashMap<String, List<String>>();
        secrets.forEach(s -> trouves.put(s, new ArrayList<>()));
        var lus = 0;
        try (Stream<Path> chemins = Files.walk(dossier)) {
            for (var chemin : chemins.filter(Files::isRegularFile).toList()) {
                String contenu;
                try {
                    contenu = new String(Files.readAllBytes(chemin), StandardCharsets.ISO_8859_1);
                } catch (IOException e) {
                    // A temporary file removed by the server meanwhile: nothing to read.
                    continue;
                }
                lus++;
                for (var secret : secrets) {
                    if (contient(contenu, secret)) {
                        trouves.get(secret).add(dossier.relativize(chemin).toString());
                    }
                }
            }
        }
        assertThat(lus).as("les fichiers de la base").isGreaterThan(100);
        return trouves;
    }

    /**
     * Whether the secret appears as text or as the hexadecimal of its bytes (a {@code bytea} in a dump). A 6-digit
     * code counts only as a whole token, not as part of a longer number, a time's microseconds or hexadecimal.
     */
    static boolean contient(String texte, String secret) {
        if (texte.contains(HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8)))) {
            return true;
        }
        if (secret.chars().allMatch(Character::isDigit)) {
            return Pattern.compile("(?<![0-9A-Fa-f.])" + secret + "(?![0-9A-Fa-f])").matcher(texte).find();
        }
        return texte.contains(secret);
    }

    private DataSource proprietaire() {
        return postgres.getDatabase("postgres", "postgres");
    }
}
