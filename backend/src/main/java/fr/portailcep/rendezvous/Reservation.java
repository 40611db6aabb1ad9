package fr.portailcep.rendezvous;

import java.time.LocalDate;
import java.util.List;

/** What came of a booking. */
public sealed interface Reservation {

    /** Booked; a courriel with the calendar file and the personal link is on its way. */
    record Confirmee(RendezVous rendezVous, LocalDate dateLimite, String email) implements Reservation {
    }

    /** Someone else got the slot first (or it is no longer offered): the next free ones. */
    record CreneauPris(List<CreneauPropose> alternatives) implements Reservation {
    }

    /**
     * This address already has a rendez-vous to come: the link to manage it was sent to the address (nothing about
     * it is shown to whoever typed the address).
     */
    record DejaUnRendezVous(String email) implements Reservation {
    }

    /** The address belongs to a member of staff: a bénéficiaire cannot be booked with it. */
    record AdresseProfessionnelle(String email) implements Reservation {
    }
}
