package fr.portailcep.test;

import java.io.IOException;
import java.io.UncheckedIOException;

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
