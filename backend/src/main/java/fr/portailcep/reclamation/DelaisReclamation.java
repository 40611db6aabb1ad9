package fr.portailcep.reclamation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The clocks of a réclamation (CCTP §3.7), in calendar days from its receipt: the acknowledgement is due within 7
 * days, the answer within 45 days ("45 jours suivant la réception"). The correspondants are alerted 10 and 3 days
 * before the answer's due date and the day after it; a letter not acknowledged once its 7 days are past is alerted
 * too. A receipt recorded by hand may not be in the future, nor more than a year ago.
 */
final class DelaisReclamation {

    static final int JOURS_ACCUSE = 7;
    static final int JOURS_REPONSE = 45;
    /** How far back a receipt may be recorded. */
    static final int ANCIENNETE_MAX_JOURS = 365;

    /** The stages at which the correspondants are alerted. */
    enum Palier {
        /** The acknowledgement is overdue ("accusé de réception à envoyer"). */
        ACCUSE(-1),
        J10(10),
        J3(3),
        /** The answer is overdue, from the day after its due date. */
        RETARD(-1);

        private final int jours;

        Palier(int jours) {
            this.jours = jours;
        }

        int jours() {
            return jours;
        }
    }

    private DelaisReclamation() {
    }

    static LocalDate accuseAvant(LocalDate recueLe) {
        return recueLe.plusDays(JOURS_ACCUSE);
    }

    static LocalDate reponseAvant(LocalDate recueLe) {
        return recueLe.plusDays(JOURS_REPONSE);
    }

    /** Calendar days left until the answer's due date (0 on that day, negative once past). */
    static long joursRestants(LocalDate recueLe, LocalDate aujourdhui) {
        return ChronoUnit.DAYS.between(aujourdhui, reponseAvant(recueLe));
    }

    /**
     * The answer's stage on {@code aujourdhui}: overdue from the day after the due date; J-3 when 3 days or fewer
     * are left (the due date included); J-10 when 10 or fewer are left; nothing before.
     */
    static Optional<Palier> palierReponse(LocalDate recueLe, LocalDate aujourdhui) {
        var restants = joursRestants(recueLe, aujourdhui);
        if (restants < 0) {
            return Optional.of(Palier.RETARD);
        }
        if (restants <= Palier.J3.jours()) {
            return Optional.of(Palier.J3);
        }
        if (restants <= Palier.J10.jours()) {
            return Optional.of(Palier.J10);
        }
        return Optional.empty();
    }

    /** Whether the acknowledgement, not sent yet, is overdue (from the day after its due date). */
    static boolean accuseEnRetard(LocalDate recueLe, LocalDate aujourdhui) {
        return aujourdhui.isAfter(accuseAvant(recueLe));
    }

    /** The stages reached on {@code aujourdhui} by a réclamation not answered yet. */
    static List<Palier> paliers(LocalDate recueLe, boolean accusee, boolean repondue, LocalDate aujourdhui) {
        var paliers = new ArrayList<Palier>();
        if (repondue) {
            return paliers;
        }
        if (!accusee && accuseEnRetard(recueLe, aujourdhui)) {
            paliers.add(Palier.ACCUSE);
        }
        palierReponse(recueLe, aujourdhui).ifPresent(paliers::add);
        return paliers;
    }

    /** Whether no answer came within the time (the person may then go to the médiateur). */
    static boolean reponseEnRetard(LocalDate recueLe, LocalDate aujourdhui) {
        return aujourdhui.isAfter(reponseAvant(recueLe));
    }

    /**
     * What is wrong with a receipt date recorded by hand, if anything (the key of the French text).
     */
    static Optional<String> probleme(LocalDate recueLe, LocalDate aujourdhui) {
        if (recueLe == null) {
            return Optional.of("reclamation.erreur.recue.requise");
        }
        if (recueLe.isAfter(aujourdhui)) {
            return Optional.of("reclamation.erreur.recue.future");
        }
        if (recueLe.isBefore(aujourdhui.minusDays(ANCIENNETE_MAX_JOURS))) {
            return Optional.of("reclamation.erreur.recue.ancienne");
        }
        return Optional.empty();
    }
}
