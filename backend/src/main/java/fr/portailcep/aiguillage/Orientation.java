package fr.portailcep.aiguillage;

/**
 * Where the aiguillage sends the person. The operators named by the CCTP (§1.2.4) are CEP operators too; a public
 * agent's employer is a service outside the CEP of this accord-cadre.
 */
public enum Orientation {
    /** A rendez-vous here, with a conseiller of this operator. */
    RENDEZ_VOUS_CEP("Rendez-vous CEP interne"),
    /** Keep going with the CEP operator who already follows the person. */
    OPERATEUR_CEP_ACTUEL("Autres opérateurs CEP"),
    /** Job seekers (including those with a reduced activity). */
    FRANCE_TRAVAIL("Autres opérateurs CEP"),
    /** Public agents: their employer's own counselling. */
    EMPLOYEUR_PUBLIC("Autres services (hors CEP)"),
    /** People with a disability. */
    CAP_EMPLOI("Autres opérateurs CEP"),
    /** Cadres. */
    APEC("Autres opérateurs CEP"),
    /** Young people under 26. */
    MISSION_LOCALE("Autres opérateurs CEP"),
    /** The regional CEP operator of the person's home or work area, in another region. */
    OPERATEUR_CEP_REGIONAL("Autres opérateurs CEP");

    private final String categorieAnnexe2;

    Orientation(String categorieAnnexe2) {
        this.categorieAnnexe2 = categorieAnnexe2;
    }

    /** The "aiguillage" of annexe 2: Autres opérateurs CEP, Rendez-vous CEP interne, Autres services (hors CEP). */
    public String categorieAnnexe2() {
        return categorieAnnexe2;
    }

    public boolean estInterne() {
        return this == RENDEZ_VOUS_CEP;
    }
}
