package fr.portailcep.signature;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence journal: append-only (a trigger refuses update, delete and truncate), each entry chained to the
 * previous one by its hash. Appends take a transaction-scoped advisory lock, so two ceremonies at the same instant
 * are numbered one after the other and the chain never forks; the lock is released at commit or rollback, and a
 * rolled-back ceremony leaves no entry.
 */
@Component
class JournalPreuves {

    /** The advisory lock's key: "preuves" in ASCII, a constant of this journal only. */
    static final long VERROU = 0x7072657576657300L;

    private final JdbcClient jdbc;
    private final Clock horloge;

    JournalPreuves(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    /** What an act brings to the journal; the number, time and hashes are the journal's. */
    record Acte(String sorte, UUID documentId, int version, ActePreuve acte, UUID compteId, RoleSignataire role,
            MethodeSignature methode, String manifeste, String clientDataJson, String authenticatorData,
            String signature, String credentialId, String clePublique, Integer flags, Long compteurSignature,
            String enrolement, String detail) {
    }

    /** Appends an entry inside the caller's transaction, and returns it. */
    @Transactional(propagation = Propagation.MANDATORY)
    EntreePreuve ajouter(Acte a) {
        jdbc.sql("select pg_advisory_xact_lock(:cle)").param("cle", VERROU).query((rs, n) -> 1).list();
        var dernier = jdbc.sql("select numero, empreinte from journal_preuves order by numero desc limit 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional();
        long numero = dernier.map(d -> (Long) d[0] + 1).orElse(1L);
        String precedente = dernier.map(d -> (String) d[1]).orElse(EntreePreuve.ORIGINE);
        Instant maintenant = horloge.instant().truncatedTo(ChronoUnit.MICROS);
        var sansEmpreinte = new EntreePreuve(numero, a.sorte(), a.documentId(), a.version(), a.acte(), a.compteId(),
                a.role(), a.methode(), a.manifeste(), a.clientDataJson(), a.authenticatorData(), a.signature(),
                a.credentialId(), a.clePublique(), a.flags(), a.compteurSignature(), a.enrolement(), a.detail(),
                maintenant, precedente, null);
        var entree = new EntreePreuve(numero, a.sorte(), a.documentId(), a.version(), a.acte(), a.compteId(),
                a.role(), a.methode(), a.manifeste(), a.clientDataJson(), a.authenticatorData(), a.signature(),
                a.credentialId(), a.clePublique(), a.flags(), a.compteurSignature(), a.enrolement(), a.detail(),
                maintenant, precedente, sansEmpreinte.empreinteCalculee());
        jdbc.sql("""
                insert into journal_preuves (numero, sorte, document_id, version, acte, compte_id, role, methode,
                    manifeste, client_data_json, authenticator_data, signature, credential_id, cle_publique, flags,
                    compteur_signature, enrolement, detail, horodatage, empreinte_precedente, empreinte)
                values (:numero, :sorte, :document, :version, :acte, :compte, :role, :methode, :manifeste, :client,
                    :auth, :signature, :credential, :cle, :flags, :compteur, :enrolement, :detail, :horodatage,
                    :precedente, :empreinte)
                """)
                .param("numero", numero).param("sorte", entree.sorte()).param("document", entree.documentId())
                .param("version", entree.version()).param("acte", entree.acte().name())
                .param("compte", entree.compteId())
                .param("role", entree.role() == null ? null : entree.role().name())
                .param("methode", entree.methode() == null ? null : entree.methode().name())
                .param("manifeste", entree.manifeste()).param("client", entree.clientDataJson())
                .param("auth", entree.authenticatorData()).param("signature", entree.signature())
                .param("credential", entree.credentialId()).param("cle", entree.clePublique())
                .param("flags", entree.flags()).param("compteur", entree.compteurSignature())
                .param("enrolement", entree.enrolement()).param("detail", entree.detail())
                .param("horodatage", java.sql.Timestamp.from(maintenant)).param("precedente", precedente)
                .param("empreinte", entree.empreinte())
                .update();
        return entree;
    }

    /** The entries about one version of one document, in order. */
    List<EntreePreuve> duDocument(String sorte, UUID documentId, int version) {
        return jdbc.sql("select * from journal_preuves where sorte = :sorte and document_id = :document "
                + "and version = :version order by numero")
                .param("sorte", sorte).param("document", documentId).param("version", version)
                .query((rs, n) -> lire(rs)).list();
    }

    /** Every entry from {@code depuis} on, in order (to check the chain). */
    List<EntreePreuve> depuis(long depuis) {
        return jdbc.sql("select * from journal_preuves where numero >= :depuis order by numero")
                .param("depuis", depuis).query((rs, n) -> lire(rs)).list();
    }

    /**
     * Whether the chain holds over these consecutive entries: each hash recomputed from its content, each linked to
     * the one before ({@code precedente}: the hash before the first, or {@link EntreePreuve#ORIGINE}).
     */
    static boolean chaineIntacte(List<EntreePreuve> entrees, String precedente) {
        var attendue = precedente;
        long numero = entrees.isEmpty() ? 0 : entrees.getFirst().numero();
        for (var e : entrees) {
            if (e.numero() != numero || !e.empreintePrecedente().equals(attendue) || !e.empreinteJuste()) {
                return false;
            }
            attendue = e.empreinte();
            numero++;
        }
        return true;
    }

    private static EntreePreuve lire(java.sql.ResultSet rs) throws java.sql.SQLException {
        var role = rs.getString("role");
        var methode = rs.getString("methode");
        return new EntreePreuve(rs.getLong("numero"), rs.getString("sorte"), rs.getObject("document_id", UUID.class),
                rs.getInt("version"), ActePreuve.valueOf(rs.getString("acte")), rs.getObject("compte_id", UUID.class),
                role == null ? null : RoleSignataire.valueOf(role),
                methode == null ? null : MethodeSignature.valueOf(methode), rs.getString("manifeste"),
                rs.getString("client_data_json"), rs.getString("authenticator_data"), rs.getString("signature"),
                rs.getString("credential_id"), rs.getString("cle_publique"), (Integer) rs.getObject("flags"),
                rs.getObject("compteur_signature") == null ? null : rs.getLong("compteur_signature"),
                rs.getString("enrolement"), rs.getString("detail"), rs.getTimestamp("horodatage").toInstant(),
                rs.getString("empreinte_precedente"), rs.getString("empreinte"));
    }
}
