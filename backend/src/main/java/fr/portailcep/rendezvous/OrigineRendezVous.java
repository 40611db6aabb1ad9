package fr.portailcep.rendezvous;

/** Who booked the rendez-vous. */
public enum OrigineRendezVous {
    /** The person, on the portal. */
    EN_LIGNE,
    /** A conseiller, for someone who phoned. */
    TELEPHONE,
    /** A conseiller, for someone who came to a site. */
    SUR_PLACE,
    /** Imported from the operator's previous tool. */
    REPRISE
}
