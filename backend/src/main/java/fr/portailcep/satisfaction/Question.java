package fr.portailcep.satisfaction;

/** The two short questions asked at each closing (CCTP §4.3, indicator 8.1: "de qualité et utile"). */
public enum Question {
    /** "Le service rendu était-il de qualité ?" */
    QUALITE,
    /** "Ce service a-t-il été utile pour votre situation ?" */
    UTILITE
}
