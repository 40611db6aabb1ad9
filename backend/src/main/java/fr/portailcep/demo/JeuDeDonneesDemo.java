package fr.portailcep.demo;

/**
 * One feature's demo data. Each set is loaded once per database (its name is recorded), in the order given, so
 * that a set added later also loads into an existing demo database.
 */
public interface JeuDeDonneesDemo {

    /** A stable name, recorded once loaded. */
    String nom();

    /** Sets load by increasing order; the base set (operator, sites, people) is 0. */
    int ordre();

    void charger();
}
