package fr.portailcep.compte;

import fr.portailcep.shared.Saisies;

/**
 * Where a request came from, for limits and the journal. Both values may be null. The browser's name is whatever
 * it sends: cleaned and cut at the length of the columns that keep it (journal, open sessions).
 */
public record OrigineRequete(String adresseReseau, String navigateur) {

    public OrigineRequete {
        adresseReseau = Saisies.assainir(adresseReseau, 64);
        navigateur = Saisies.assainir(navigateur, 300);
    }

    public static final OrigineRequete INCONNUE = new OrigineRequete(null, null);
}
