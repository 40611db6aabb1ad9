package fr.portailcep.parcours;

/**
 * The facts of rule 3 (CCTP §1.2.4), confirmed by the conseiller when engaging UO1 or UO2.1: the person is an actif
 * occupé, of the private sector (not a public agent), and not already followed by another CEP operator.
 */
public record Eligibilite(boolean actifOccupe, boolean secteurPrive, boolean sansAutreOperateur) {

    public static final Eligibilite CONFIRMEE = new Eligibilite(true, true, true);
    public static final Eligibilite NON_CONFIRMEE = new Eligibilite(false, false, false);

    public boolean confirmee() {
        return actifOccupe && secteurPrive && sansAutreOperateur;
    }
}
