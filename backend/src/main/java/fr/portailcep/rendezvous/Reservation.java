package fr.portailcep.rendezvous;

import java.time.LocalDate;
import java.util.List;

/**
 * What came of a booking by a conseiller ({@link ReservationService#reserverPourUnAppel}), who may be told all of it.
 * A booking on the portal answers a {@link ReservationEnLigne} instead, which does not tell these cases apart.
 */
public sealed interface Reservation {

    /** Booked; a courriel with the calendar file and the personal link is on its way. */
    record Confirmee(RendezVous rendezVous, LocalDate dateLimite, String email) implements Reservation {
    }

    /** Someone else got the slot first (or it is no longer offered): the next free ones. */
    record CreneauPris(List<CreneauPropose> alternatives) implements Reservation {
    }

    /** This address already has a rendez-vous to come (on the portal, the link to manage it goes to the address). */
    record DejaUnRendezVous(String email) implements Reservation {
    }

    /** The address belongs to a member of staff: a bénéficiaire cannot be booked with it. */
    record AdresseProfessionnelle(String email) implements Reservation {
    }
}
