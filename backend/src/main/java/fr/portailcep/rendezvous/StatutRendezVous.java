package fr.portailcep.rendezvous;

/** The life of a rendez-vous. Only RESERVE and HONORE hold the conseiller's time (the database checks it). */
public enum StatutRendezVous {
    /** Booked, to come. */
    RESERVE,
    /** Cancelled by the person or by the conseiller. */
    ANNULE,
    /** Held: the exchange took place. */
    HONORE,
    /** The person did not come and did not warn. */
    ABSENT,
    /** The person did not come but warned (excused). */
    EXCUSE;

    public boolean estNote() {
        return this == HONORE || this == ABSENT || this == EXCUSE;
    }
}
