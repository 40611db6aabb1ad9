package fr.portailcep.shared.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The demo's database on a fresh machine: created in an empty (or missing) folder, and still there after a
 * restart. A lock file left in a folder with no database yet must not stop the creation.
 */
class PostgresEmbarqueConfigurationTest {

    @TempDir
    Path temporaire;

    @Test
    void une_base_creee_dans_un_dossier_neuf_garde_ses_donnees_au_redemarrage() throws Exception {
        var dossier = temporaire.resolve("donnees/postgres");
        var configuration = new PostgresEmbarqueConfiguration();
        try (var postgres = configuration.postgresEmbarque(dossier, false, 0)) {
            executer(postgres, "create table trace (mot text); insert into trace values ('gardé')");
        }
        try (var postgres = configuration.postgresEmbarque(dossier, false, 0);
                var connexion = postgres.getPostgresDatabase().getConnection();
                var resultat = connexion.createStatement().executeQuery("select mot from trace")) {
            assertThat(resultat.next()).isTrue();
            assertThat(resultat.getString(1)).isEqualTo("gardé");
        }
    }

    @Test
    void un_verrou_laisse_dans_un_dossier_sans_base_n_empeche_pas_la_creation() throws Exception {
        var dossier = temporaire.resolve("postgres");
        Files.createDirectories(dossier);
        Files.writeString(dossier.resolve("epg-lock"), "");
        try (var postgres = new PostgresEmbarqueConfiguration().postgresEmbarque(dossier, false, 0)) {
            executer(postgres, "select 1");
        }
        assertThat(dossier.resolve("PG_VERSION")).exists();
    }

    private static void executer(EmbeddedPostgres postgres, String sql) throws SQLException {
        try (var connexion = postgres.getPostgresDatabase().getConnection()) {
            connexion.createStatement().execute(sql);
        }
    }
}
