package fr.portailcep.signature;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.shared.Systeme;

/** The hashes of the versions the operator sealed, and when (table {@code scellement}, no personal data). */
@Component
@Systeme
public class RegistreScellements {

    private final JdbcClient base;

    public RegistreScellements(JdbcClient base) {
        this.base = base;
    }

    /** Records a seal; the first seal of a version counts. */
    @Transactional
    public void scelle(String empreinte, Instant le) {
        base.sql("insert into scellement (empreinte, scelle_le) values (?, ?) on conflict (empreinte) do nothing")
                .param(empreinte).param(Timestamp.from(le)).update();
    }

    @Transactional(readOnly = true)
    public Optional<Instant> scelleLe(String empreinte) {
        return base.sql("select scelle_le from scellement where empreinte = ?").param(empreinte)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }
}
