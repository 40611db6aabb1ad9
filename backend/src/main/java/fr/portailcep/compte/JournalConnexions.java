package fr.portailcep.compte;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.Systeme;

/**
 * The audit journal of sign-ins. Written in its own transaction so that a refused attempt is recorded even when
 * the work around it rolls back.
 */
@Service
public class JournalConnexions {

    public record Entree(Instant horodatage, String email, EvenementConnexion evenement, String methode,
            String adresseReseau, String navigateur, String detail) {
    }

    private final JdbcClient jdbc;
    private final Clock horloge;

    JournalConnexions(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    @Systeme
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void noter(String email, EvenementConnexion evenement, String methode, OrigineRequete origine,
            String detail) {
        jdbc.sql("""
                insert into journal_connexion (horodatage, compte_id, email, evenement, methode, adresse_reseau, navigateur, detail)
                values (:horodatage, (select id from compte where email = :email), :email, :evenement, :methode, :ip, :navigateur, :detail)
                """)
                .param("horodatage", Timestamp.from(horloge.instant()))
                .param("email", Saisies.assainir(email, 254))
                .param("evenement", evenement.name())
                .param("methode", Saisies.assainir(methode, 20))
                .param("ip", Saisies.assainir(origine.adresseReseau(), 64))
                .param("navigateur", Saisies.assainir(origine.navigateur(), 300))
                .param("detail", Saisies.assainir(detail, 500))
                .update();
    }

    /** The latest entries of the person signed in, newest first (shown on their account page). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Entree> mesDernieres(Compte moi, int nombre) {
        return dernieresDe(Soi.exiger(moi).id(), nombre);
    }

    /** The latest entries of one person, newest first. */
    @Systeme
    @Transactional(readOnly = true)
    public List<Entree> dernieresDe(UUID compteId, int nombre) {
        return jdbc.sql("""
                select horodatage, email, evenement, methode, adresse_reseau, navigateur, detail from journal_connexion
                where compte_id = :compte order by horodatage desc, id desc limit :nombre
                """)
                .param("compte", compteId).param("nombre", nombre)
                .query((rs, i) -> new Entree(rs.getTimestamp("horodatage").toInstant(), rs.getString("email"),
                        EvenementConnexion.valueOf(rs.getString("evenement")), rs.getString("methode"),
                        rs.getString("adresse_reseau"), rs.getString("navigateur"), rs.getString("detail")))
                .list();
    }

    @Systeme
    @Transactional(readOnly = true)
    public long compter(String email, EvenementConnexion evenement) {
        if (!Saisies.estPropre(email, 254)) {
            return 0;
        }
        return jdbc.sql("select count(*) from journal_connexion where email = :email and evenement = :evenement")
                .param("email", email).param("evenement", evenement.name()).query(Long.class).single();
    }

}
