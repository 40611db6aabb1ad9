package fr.portailcep.satisfaction;

/**
 * The answer to each of the two questions, on a scale of four, the best first. The two best ({@link #TOUT_A_FAIT},
 * {@link #PLUTOT_OUI}) are positive (see {@link Indicateur81}).
 */
public enum Niveau {
    TOUT_A_FAIT(4), PLUTOT_OUI(3), PLUTOT_NON(2), PAS_DU_TOUT(1);

    private final int valeur;

    Niveau(int valeur) {
        this.valeur = valeur;
    }

    /** 4 for the best, 1 for the worst: what the database keeps. */
    public int valeur() {
        return valeur;
    }

    public boolean positif() {
        return valeur >= 3;
    }

    public static Niveau deValeur(int valeur) {
        for (var n : values()) {
            if (n.valeur == valeur) {
                return n;
            }
        }
        throw new IllegalArgumentException("Niveau inconnu : " + valeur);
    }
}
