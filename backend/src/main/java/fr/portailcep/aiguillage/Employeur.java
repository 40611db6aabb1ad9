package fr.portailcep.aiguillage;

/** The employer's sector: public agents have their own counselling (CCTP §1.2.4: "hors agents publics"). */
public enum Employeur {
    PRIVE, PUBLIC
}
