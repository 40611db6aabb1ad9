package fr.portailcep.echeance;

/** Where a first request stands on its 30-working-day clock. */
public enum StatutDemande {
    /** Waiting for a first exchange with a conseiller: the clock runs. */
    OUVERTE,
    /** A first exchange was held: the clock stopped. */
    HONOREE,
    /** The person cancelled their rendez-vous and asked for nothing else: the clock stopped, not counted. */
    RETIREE
}
