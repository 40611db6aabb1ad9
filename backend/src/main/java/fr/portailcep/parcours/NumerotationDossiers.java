package fr.portailcep.parcours;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.operateur.OperateurService;
import fr.portailcep.shared.Systeme;

/**
 * Gives out national dossier numbers. The counter of a month lives in one row per operator, month and unit of
 * work, incremented by an atomic upsert: two numbers given at the same instant are different (the row lock
 * orders them), and a number given in a transaction that rolls back is given again (no gap).
 */
@Service
public class NumerotationDossiers {

    private final JdbcClient jdbc;
    private final OperateurService operateurs;

    NumerotationDossiers(JdbcClient jdbc, OperateurService operateurs) {
        this.jdbc = jdbc;
        this.operateurs = operateurs;
    }

    /**
     * The next number for a unit of work engaged on this date (its year and month go in the number). Call it in
     * the transaction that records the unit.
     */
    @Systeme
    @Transactional
    public NumeroDossier attribuer(UniteOeuvre uo, LocalDate engagement) {
        var operateur = operateurs.operateur()
                .orElseThrow(() -> new IllegalStateException("Aucun opérateur n’est enregistré"))
                .code();
        var mois = YearMonth.from(engagement);
        var compteur = jdbc.sql("""
                insert into compteur_dossier (operateur, annee, mois, uo, dernier) values (:operateur, :annee, :mois, :uo, 1)
                on conflict (operateur, annee, mois, uo) do update set dernier = compteur_dossier.dernier + 1
                returning dernier
                """)
                .param("operateur", operateur).param("annee", mois.getYear()).param("mois", mois.getMonthValue())
                .param("uo", uo.code())
                .query(Integer.class).single();
        if (compteur > NumeroDossier.COMPTEUR_MAX) {
            throw new IllegalStateException("Plus de 999999 dossiers " + uo.libelle() + " ce mois-ci");
        }
        return NumeroDossier.de(operateur, mois, uo, compteur);
    }
}
