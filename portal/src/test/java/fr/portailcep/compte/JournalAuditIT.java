package fr.portailcep.compte;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.portailcep.messagerie.MessagerieService;
import fr.portailcep.operateur.EquipeService;
import fr.portailcep.operateur.Invitation;
import fr.portailcep.parcours.ElementIntrouvable;
import fr.portailcep.parcours.ParcoursService;
import fr.portailcep.parcours.ParcoursPersonne;
import fr.portailcep.parcours.DossiersEquipe;
import fr.portailcep.parcours.Personnes;
import fr.portailcep.parcours.ProfilService;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The operator's audit journal (issue 8, finding 7): staff reads of a dossier, a profile, messages and attachments,
 * refusals, invitations, site changes are written; nobody — the application least of all — can change or delete an
 * entry; a manager searches it, and that search is written too.
 */
class JournalAuditIT extends PortailIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ParcoursService parcours;
    @Autowired
    DossiersEquipe dossiersEquipe;

    @Autowired
    ParcoursPersonne parcoursPersonne;

    @Autowired
    ProfilService profils;

    @Autowired
    MessagerieService messagerie;

    @Autowired
    EquipeService equipe;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    JournalConnexions journalConnexions;


    @Test
    void chaque_lecture_d_un_dossier_par_l_equipe_est_notee_une_fois_par_moment_et_les_refus_aussi() {
        var id = "journal." + UUID.randomUUID().toString().substring(0, 8);
        var personne = personnes.nouveauBeneficiaire(id, "Maëlle", "Journal");
        var julien = personnes.compte("julien.weber");
        var debut = horloge.instant();
        horloge.regler(debut);

        // Julien opens the dossier: several reads in a row are one entry; a profile read is another.
        personnes.faire("julien.weber", () -> {
            dossiersEquipe.dossierDe(personne);
            dossiersEquipe.frise(personne);
            dossiersEquipe.interactions(personne);
            profils.profil(personne);
            messagerie.filsDe(personne);
        });
        assertThat(entrees(julien.id(), personne, "LECTURE_DOSSIER")).isEqualTo(1);
        assertThat(entrees(julien.id(), personne, "LECTURE_PROFIL")).isEqualTo(1);
        assertThat(entrees(julien.id(), personne, "LECTURE_MESSAGES")).isEqualTo(1);

        // A few minutes later, the same read is written again.
        horloge.regler(debut.plus(Duration.ofMinutes(6)));
        personnes.faire("julien.weber", () -> dossiersEquipe.dossierDe(personne));
        assertThat(entrees(julien.id(), personne, "LECTURE_DOSSIER")).isEqualTo(2);

        // The person reading her own parcours is not an access to journal.
        var compte = personnes.compte(id);
        personnes.faire(id, () -> parcoursPersonne.monParcours());
        assertThat(jdbc.sql("select count(*) from journal_audit where acteur_id = :compte")
                .param("compte", compte.id()).query(Long.class).single()).isZero();

        // Sophie, of another site, is refused: the refusal is written, with what she tried.
        var sophie = personnes.compte("sophie.lambert");
        assertThatThrownBy(() -> personnes.faire("sophie.lambert", () -> dossiersEquipe.dossierDe(personne)))
                .isInstanceOf(ElementIntrouvable.class);
        assertThat(jdbc.sql("""
                select objet from journal_audit where acteur_id = :sophie and beneficiaire_id = :personne
                  and action = 'ACCES_REFUSE'
                """).param("sophie", sophie.id()).param("personne", personne).query(String.class).list())
                .containsExactly("LECTURE_DOSSIER");
    }

    @Test
    void une_invitation_et_un_changement_de_site_sont_notes() {
        var nadia = personnes.compte("nadia.benali");
        var depuis = horloge.instant();
        var email = "invitee." + UUID.randomUUID().toString().substring(0, 8) + Personnes.DOMAINE;
        var invitee = personnes.enTantQue("nadia.benali", () -> equipe.inviter(new Invitation(email, "Inès",
                "Invitée", Role.CONSEILLER, Set.of(personnes.site("Strasbourg")))));
        personnes.faire("nadia.benali", () -> equipe.modifierSites(invitee.id(), Set.of(personnes.site("Reims"))));
        var actions = jdbc.sql("""
                select action from journal_audit where acteur_id = :nadia and compte_cible_id = :cible
                  and horodatage >= :depuis order by id
                """).param("nadia", nadia.id()).param("cible", invitee.id()).param("depuis", Timestamp.from(depuis))
                .query(String.class).list();
        assertThat(actions).containsExactly("INVITATION", "COMPTE_PROFESSIONNEL_CREE", "SITES_MODIFIES");
        assertThat(jdbc.sql("select detail from journal_audit where compte_cible_id = :cible and action = 'SITES_MODIFIES'")
                .param("cible", invitee.id()).query(String.class).single())
                .contains("avant : Strasbourg – Centre").contains("après : Reims – Gare");
    }

    @Test
    void le_journal_ne_se_modifie_ni_ne_s_efface_pas_meme_par_l_application() {
        personnes.faire("julien.weber", () -> dossiersEquipe.dossierDe(personnes.beneficiaire("thomas.petit")));
        journalConnexions.noter("journal.immuable" + Personnes.DOMAINE, EvenementConnexion.CODE_DEMANDE, "CODE",
                OrigineRequete.INCONNUE, null);
        assertThat(jdbc.sql("select count(*) from journal_audit").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from journal_connexion").query(Long.class).single()).isPositive();

        // The application's own role has no right to change the past.
        for (var ordre : new String[] {"update journal_audit set detail = 'effacé'",
                "delete from journal_audit", "truncate journal_audit", "update journal_connexion set email = null",
                "delete from journal_connexion"}) {
            assertThatThrownBy(() -> jdbc.sql(ordre).update()).as(ordre).isInstanceOf(DataAccessException.class)
                    .hasStackTraceContaining("permission denied");
        }
        // Nor does the schema's owner, short of dropping the trigger.
        var proprietaire = JdbcClient.create(proprietaire());
        assertThatThrownBy(() -> proprietaire.sql("delete from journal_audit").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("ajout seul");
        assertThatThrownBy(() -> proprietaire.sql("update journal_connexion set detail = 'x'").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("ajout seul");
        // And the application may still write and read it.
        assertThat(jdbc.sql("select count(*) from journal_connexion").query(Long.class).single()).isPositive();
    }

    @Test
    void la_manager_voit_qui_a_consulte_un_dossier() {
        var id = "consulte." + UUID.randomUUID().toString().substring(0, 8);
        var personne = personnes.nouveauBeneficiaire(id, "Océane", "Consultée");
        personnes.faire("amina.keita", () -> dossiersEquipe.dossierDe(personne));
        personnes.faire("sophie.lambert", () -> {
            try {
                profils.profil(personne);
            } catch (ElementIntrouvable attendu) {
                // refused, and written as such
            }
        });

        var page = bureau();
        connecterDemo(page, "nadia.benali");
        Pages.ouvrir(page, url("/conseiller/dossiers/" + personne));
        page.locator("#journal-dossier").click();
        page.waitForURL(u -> u.contains("/pilotage/journal?personne="));
        Pages.attendreVaadin(page);
        var journal = page.locator("#journal");
        assertThat(page.locator("#journal-personne")).containsText("Océane Consultée");
        assertThat(journal.locator("tr[data-action='LECTURE_DOSSIER']", new com.microsoft.playwright.Locator.LocatorOptions()
                .setHasText("amina.keita"))).hasCount(1);
        assertThat(journal.locator("tr[data-action='ACCES_REFUSE']")).containsText("sophie.lambert");
        assertThat(journal.locator("tr[data-action='ACCES_REFUSE']")).containsText("Accès refusé");
        Pages.verifierPage(page, "compte/30-journal-d-un-dossier");

        // A search by name across the whole journal.
        page.locator("#journal-personne a").click();
        Pages.attendreVaadin(page);
        page.locator("#journal-texte input").fill("Consultée");
        page.locator("#journal-rechercher").click();
        Pages.attendreVaadin(page);
        assertThat(journal.locator("tr[data-action='LECTURE_DOSSIER']", new com.microsoft.playwright.Locator.LocatorOptions()
                .setHasText("amina.keita")).first()).containsText("Océane Consultée");
        Pages.verifierPage(page, "compte/31-journal-recherche");

        // Her searches are in the journal too.
        var nadia = personnes.compte("nadia.benali");
        assertThat(jdbc.sql("""
                select count(*) from journal_audit where acteur_id = :nadia and action = 'JOURNAL_CONSULTE'
                  and (beneficiaire_id = :personne or detail like '%Consultée%')
                """).param("nadia", nadia.id()).param("personne", personne).query(Long.class).single())
                .isGreaterThanOrEqualTo(2);

        // A conseiller has no journal page.
        var conseiller = bureau();
        connecterDemo(conseiller, "julien.weber");
        Pages.ouvrir(conseiller, url("/pilotage/journal"));
        assertThat(conseiller.locator("#acces-refuse")).isVisible();
    }

    private long entrees(UUID acteur, UUID personne, String action) {
        return jdbc.sql("""
                select count(*) from journal_audit where acteur_id = :acteur and beneficiaire_id = :personne
                  and action = :action
                """).param("acteur", acteur).param("personne", personne).param("action", action)
                .query(Long.class).single();
    }

    private DataSource proprietaire() {
        return postgres.getDatabase("postgres", "postgres");
    }
}
