package fr.portailcep.aiguillage;

/** Age band: under 26, the Missions locales are there for young people. */
public enum TrancheAge {
    MOINS_DE_26, DE_26_A_49, PLUS_DE_50
}
