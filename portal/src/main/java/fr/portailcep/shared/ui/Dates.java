package fr.portailcep.shared.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people say them: "23 novembre 2026 à 10h05". */
public final class Dates {

    private static final DateTimeFormatter JOUR_HEURE =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRANCE);

    private Dates() {
    }

    public static String jourHeure(Instant instant, ZoneId zone) {
        return instant == null ? "–" : JOUR_HEURE.format(instant.atZone(zone));
    }
}
