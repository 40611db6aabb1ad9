package fr.portailcep.mediation;

/** The two threads of a referral, never mixed: médiateur ↔ person, médiateur ↔ correspondant médiation. */
public enum FilSaisine {
    PERSONNE, CORRESPONDANT
}
