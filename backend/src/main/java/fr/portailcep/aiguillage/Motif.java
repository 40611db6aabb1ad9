package fr.portailcep.aiguillage;

/**
 * Why the person asks (annexe 2, "motif de sollicitation", with the detailed motive folded in until France
 * compétences publishes its reference table).
 */
public enum Motif {
    FAIRE_LE_POINT("Faire le point sur sa situation professionnelle"),
    EVOLUER("Faire le point sur sa situation professionnelle"),
    CHANGER_DE_METIER("Travailler à son projet professionnel"),
    SE_FORMER("Travailler à son projet professionnel"),
    FAIRE_RECONNAITRE("Faire reconnaître et adapter ses compétences"),
    CREER_ENTREPRISE("Travailler à son projet professionnel"),
    AUTRE("Faire le point sur sa situation professionnelle");

    private final String categorieAnnexe2;

    Motif(String categorieAnnexe2) {
        this.categorieAnnexe2 = categorieAnnexe2;
    }

    /** The motive as annexe 2 names it; the enum itself is the detailed motive. */
    public String categorieAnnexe2() {
        return categorieAnnexe2;
    }
}
