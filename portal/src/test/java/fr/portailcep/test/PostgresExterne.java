package fr.portailcep.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server outside the portal's own configuration, given to it by {@code spring.datasource.*} as an
 * operator's server would be. Declare this extension before {@code @SpringBootTest} with {@code @DirtiesContext}:
 * JUnit then stops the server after Spring has closed the portal, which still writes to it while closing.
 */
public class PostgresExterne implements AfterAllCallback {

    private static EmbeddedPostgres serveur;

    public static synchronized String url() {
        if (serveur == null) {
            try {
                serveur = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return serveur.getJdbcUrl("postgres", "postgres");
    }

    /** Another database on the same server, created empty the first time it is asked for. */
    public static synchronized String url(String base) {
        url();
        try (var connexion = serveur.getPostgresDatabase().getConnection();
                var requete = connexion.createStatement()) {
            var existe = requete.executeQuery("select 1 from pg_database where datname = '" + base + "'").next();
            if (!existe) {
                requete.execute("create database " + base);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return serveur.getJdbcUrl("postgres", base);
    }

    /** The number of tables in this database's public schema (0: nothing was created there). */
    public static int tables(String base) {
        try (var connexion = serveur.getDatabase("postgres", base).getConnection();
                var requete = connexion.createStatement();
                var resultat = requete.executeQuery(
                        "select count(*) from information_schema.tables where table_schema = 'public'")) {
            resultat.next();
            return resultat.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext contexte) throws IOException {
        synchronized (PostgresExterne.class) {
            if (serveur != null) {
                serveur.close();
                serveur = null;
            }
        }
    }
}
