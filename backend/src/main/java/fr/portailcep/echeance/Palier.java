package fr.portailcep.echeance;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The stages at which managers are alerted about an open request: 10 and 3 working days before its due date, and
 * the day after it (overdue).
 */
public enum Palier {
    J10(10), J3(3), RETARD(-1);

    private final int joursOuvres;

    Palier(int joursOuvres) {
        this.joursOuvres = joursOuvres;
    }

    /** The working days left at which the stage starts (-1 for overdue). */
    public int joursOuvres() {
        return joursOuvres;
    }

    /**
     * The stage reached on {@code aujourdhui} by a request due on {@code dateLimite}: overdue from the day after the
     * due date; J-3 when 3 working days or fewer are left (the due date itself included); J-10 when 10 or fewer are
     * left; nothing before.
     */
    public static Optional<Palier> atteint(LocalDate aujourdhui, LocalDate dateLimite, CalendrierJoursOuvres calendrier) {
        if (aujourdhui.isAfter(dateLimite)) {
            return Optional.of(RETARD);
        }
        var restants = calendrier.joursOuvresEntre(aujourdhui, dateLimite);
        if (restants <= J3.joursOuvres) {
            return Optional.of(J3);
        }
        if (restants <= J10.joursOuvres) {
            return Optional.of(J10);
        }
        return Optional.empty();
    }
}
