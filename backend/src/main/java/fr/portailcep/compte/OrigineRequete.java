package fr.portailcep.compte;

/** Where a request came from, for limits and the journal. Both values may be null. */
public record OrigineRequete(String adresseReseau, String navigateur) {

    public static final OrigineRequete INCONNUE = new OrigineRequete(null, null);
}
