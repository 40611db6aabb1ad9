package fr.portailcep.reclamation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Readable réclamation numbers, R-2026-000123: one counter per year, incremented under its row's lock, in the
 * transaction that records the réclamation, so that the numbers of a year follow each other without a gap.
 */
@Component
class Numerotation {

    private final JdbcClient jdbc;

    Numerotation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String suivant(int annee) {
        var n = jdbc.sql("""
                insert into compteur_reclamation (annee, dernier) values (:annee, 1)
                on conflict (annee) do update set dernier = compteur_reclamation.dernier + 1
                returning dernier
                """).param("annee", annee).query(Integer.class).single();
        return numero(annee, n);
    }

    static String numero(int annee, int n) {
        var chiffres = Integer.toString(n);
        return "R-" + annee + "-" + "0".repeat(Math.max(0, 6 - chiffres.length())) + chiffres;
    }
}
