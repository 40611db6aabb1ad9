package fr.portailcep.aiguillage;

/** The person's situation today, as they say it. */
public enum Situation {
    /** Salarié(e), apprenti(e), intérimaire, fonctionnaire… */
    SALARIE,
    /** Indépendant(e), artisan, commerçant(e), profession libérale, chef d’entreprise. */
    INDEPENDANT,
    /** Looking for a job. */
    SANS_EMPLOI,
    /** Studies, retirement, parental leave… without a job. */
    AUTRE;

    public boolean enEmploi() {
        return this == SALARIE || this == INDEPENDANT;
    }
}
