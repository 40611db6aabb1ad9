package fr.portailcep.livrable;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.shared.Systeme;

/**
 * The copies of signed livrables queued for France compétences (CCTP annexe 3): one line per signed version, to
 * transmit; a later data exchange reads them and marks each one sent. Only for the system: no person calls it.
 */
@Service
@Systeme
public class TransmissionsFranceCompetences {

    /** A copy to transmit, or transmitted. */
    public record Transmission(long id, UUID livrableId, int version, TypeLivrable type, String empreinte,
            Etat etat, Instant creeeLe, Optional<Instant> transmiseLe) {
    }

    public enum Etat {
        A_TRANSMETTRE, TRANSMIS
    }

    private final JdbcClient jdbc;
    private final Clock horloge;

    TransmissionsFranceCompetences(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    /** Queues the copy of a signed version (once: a second call changes nothing). */
    @Transactional
    void mettreEnFile(UUID livrableId, int version, TypeLivrable type, String empreinte) {
        jdbc.sql("""
                insert into transmission_france_competences (livrable_id, version, type, empreinte, etat, creee_le)
                values (:livrable, :version, :type, :empreinte, 'A_TRANSMETTRE', :le)
                on conflict (livrable_id, version) do nothing
                """).param("livrable", livrableId).param("version", version).param("type", type.name())
                .param("empreinte", empreinte).param("le", java.sql.Timestamp.from(horloge.instant())).update();
    }

    /** What is still to transmit, oldest first. */
    @Transactional(readOnly = true)
    public List<Transmission> aTransmettre() {
        return lire("where etat = 'A_TRANSMETTRE' order by creee_le, id");
    }

    /** Every copy of one livrable. */
    @Transactional(readOnly = true)
    public List<Transmission> duLivrable(UUID livrableId) {
        return jdbc.sql("select * from transmission_france_competences where livrable_id = :id order by version")
                .param("id", livrableId).query((rs, i) -> ligne(rs)).list();
    }

    /** The exchange sent this copy. */
    @Transactional
    public void marquerTransmise(long id) {
        jdbc.sql("""
                update transmission_france_competences set etat = 'TRANSMIS', transmise_le = :le
                where id = :id and etat = 'A_TRANSMETTRE'
                """).param("id", id).param("le", java.sql.Timestamp.from(horloge.instant())).update();
    }

    private List<Transmission> lire(String condition) {
        return jdbc.sql("select * from transmission_france_competences " + condition).query((rs, i) -> ligne(rs))
                .list();
    }

    private static Transmission ligne(java.sql.ResultSet rs) throws java.sql.SQLException {
        var transmise = rs.getTimestamp("transmise_le");
        return new Transmission(rs.getLong("id"), rs.getObject("livrable_id", UUID.class), rs.getInt("version"),
                TypeLivrable.valueOf(rs.getString("type")), rs.getString("empreinte"),
                Etat.valueOf(rs.getString("etat")), rs.getTimestamp("creee_le").toInstant(),
                Optional.ofNullable(transmise).map(java.sql.Timestamp::toInstant));
    }
}
