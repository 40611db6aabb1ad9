package fr.portailcep.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people read them in French: "12 mars 2026". */
public final class DatesFr {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    private DatesFr() {
    }

    public static String jour(LocalDate date) {
        return date == null ? "" : JOUR.format(date);
    }
}
