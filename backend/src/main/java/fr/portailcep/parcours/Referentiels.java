package fr.portailcep.parcours;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The annexe 2 reference tables, read from the database (they change by migration, not by code). */
@Service
public class Referentiels {

    private final JdbcClient jdbc;
    private final Map<Referentiel, List<ValeurReference>> cache = new ConcurrentHashMap<>();

    Referentiels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active values, in their order. */
    @Transactional(readOnly = true)
    public List<ValeurReference> valeurs(Referentiel referentiel) {
        return cache.computeIfAbsent(referentiel, r -> jdbc.sql("""
                select code, libelle from ref_valeur where referentiel = :ref and actif order by ordre
                """).param("ref", r.name())
                .query((rs, i) -> new ValeurReference(r, rs.getString("code"), rs.getString("libelle"))).list());
    }

    public Optional<ValeurReference> valeur(Referentiel referentiel, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return valeurs(referentiel).stream().filter(v -> v.code().equals(code)).findFirst();
    }

    /** The label of a code, or the code itself if the table no longer holds it. */
    public String libelle(Referentiel referentiel, String code) {
        return valeur(referentiel, code).map(ValeurReference::libelle).orElse(code);
    }

    /** Refuses a code that is not in the table (null is accepted: the field is then empty). */
    public void exigerValide(Referentiel referentiel, String code) {
        if (code != null && valeur(referentiel, code).isEmpty()) {
            throw new IllegalArgumentException("Code inconnu dans " + referentiel + " : " + code);
        }
    }
}
