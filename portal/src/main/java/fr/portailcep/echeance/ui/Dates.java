package fr.portailcep.echeance.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the staff read them: "lun. 24/11/2026". */
final class Dates {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("H'h'mm", Locale.FRANCE);

    private Dates() {
    }

    static String jour(LocalDate date) {
        return JOUR.format(date);
    }

    static String jourHeure(Instant instant, ZoneId zone) {
        var local = instant.atZone(zone);
        return JOUR.format(local) + " " + HEURE.format(local);
    }
}
