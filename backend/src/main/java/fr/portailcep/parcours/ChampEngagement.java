package fr.portailcep.parcours;

/** What an engagement asks for beyond the unit and its date, depending on the unit ({@link ReglesEngagement#champs}). */
public enum ChampEngagement {
    /** The person's agreement (every unit but UO0, which is immediate). */
    ACCORD,
    /** The facts of rule 3 (UO1 and UO2.1). */
    ELIGIBILITE,
    /** The référent unique named (UO2.1). */
    REFERENT
}
