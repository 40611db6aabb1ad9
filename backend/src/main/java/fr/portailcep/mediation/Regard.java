package fr.portailcep.mediation;

/** Who looks at a referral: each sees their own thread and their own acts. */
public enum Regard {
    MEDIATEUR, PERSONNE, CORRESPONDANT
}
