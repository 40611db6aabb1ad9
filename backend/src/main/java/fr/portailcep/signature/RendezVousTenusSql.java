package fr.portailcep.signature;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link RendezVousTenus} read straight from the rendez-vous tables (one query, read only). The rendez-vous
 * feature may replace it by a read model of its own; nothing else in {@code signature} touches its tables.
 */
@Component
class RendezVousTenusSql implements RendezVousTenus {

    private final JdbcClient jdbc;

    RendezVousTenusSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RendezVousTenu> tenu(UUID rendezVousId) {
        return jdbc.sql("""
                select r.id, r.conseiller_id, r.beneficiaire_id, b.compte_id from rendez_vous r
                join beneficiaire b on b.id = r.beneficiaire_id
                where r.id = :id and r.statut = 'HONORE'
                """).param("id", rendezVousId)
                .query((rs, n) -> new RendezVousTenu(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class)))
                .optional();
    }
}
