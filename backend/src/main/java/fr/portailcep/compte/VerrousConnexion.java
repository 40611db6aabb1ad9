package fr.portailcep.compte;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lock state of each address ({@link PolitiqueVerrou}), in the table {@code verrou_connexion}: it survives a
 * restart and every instance of the portal sees the same. A wrong code updates the row under a row lock, so that
 * two guesses at the same time on two instances both count.
 */
@Component
class VerrousConnexion {

    private final JdbcClient jdbc;

    VerrousConnexion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PolitiqueVerrou.Etat lire(String email) {
        return jdbc.sql("select echecs, premier_echec_le, verrouille_jusqua from verrou_connexion where email = :email")
                .param("email", email)
                .query((rs, i) -> etat(rs))
                .optional().orElse(PolitiqueVerrou.Etat.NEUF);
    }

    /** Reads the state and keeps the row locked until the end of the transaction. */
    PolitiqueVerrou.Etat lirePourMiseAJour(String email) {
        jdbc.sql("insert into verrou_connexion (email) values (:email) on conflict (email) do nothing")
                .param("email", email).update();
        return jdbc.sql("""
                select echecs, premier_echec_le, verrouille_jusqua from verrou_connexion where email = :email for update
                """)
                .param("email", email)
                .query((rs, i) -> etat(rs))
                .single();
    }

    void enregistrer(String email, PolitiqueVerrou.Etat etat) {
        jdbc.sql("""
                update verrou_connexion set echecs = :echecs, premier_echec_le = :debut, verrouille_jusqua = :fin
                where email = :email
                """)
                .param("email", email).param("echecs", etat.echecs())
                .param("debut", horodatage(etat.premierEchecLe())).param("fin", horodatage(etat.verrouilleJusqua()))
                .update();
    }

    /** Forgets the addresses with nothing recent: no lock running, no wrong code within a day. */
    int purger(Instant avant) {
        return jdbc.sql("""
                delete from verrou_connexion
                where (verrouille_jusqua is null or verrouille_jusqua < :avant)
                  and (premier_echec_le is null or premier_echec_le < :avant)
                """)
                .param("avant", Timestamp.from(avant)).update();
    }

    private static PolitiqueVerrou.Etat etat(java.sql.ResultSet rs) throws java.sql.SQLException {
        var debut = rs.getTimestamp("premier_echec_le");
        var fin = rs.getTimestamp("verrouille_jusqua");
        return new PolitiqueVerrou.Etat(rs.getInt("echecs"), debut == null ? null : debut.toInstant(),
                fin == null ? null : fin.toInstant());
    }

    private static Timestamp horodatage(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
