package fr.portailcep.rendezvous;

import java.time.Instant;
import java.util.List;

/**
 * What the page may say after a booking on the portal. It never tells whoever typed the address whether it is a
 * staff member's, or whether that person already has a rendez-vous: in every such case the page says "we have
 * written to you", and the courriel to the address says what happened (the confirmation, the rendez-vous to come,
 * or that a staff address cannot be booked).
 */
public sealed interface ReservationEnLigne {

    /** A courriel went to the address with the answer; the page shows the slot asked and where to look. */
    record Envoyee(String email, ChoixCreneau demande) implements ReservationEnLigne {
    }

    /** Someone else got the slot first (or it is no longer offered): the next free ones. */
    record CreneauPris(List<CreneauPropose> alternatives) implements ReservationEnLigne {
    }

    /** Too many bookings lately from this address or this network: nothing was done. */
    record TropDeDemandes(Instant reessayerApres) implements ReservationEnLigne {
    }
}
