package fr.portailcep.rendezvous;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as people say them: "mardi 24 novembre 2026 à 9h00". */
public final class Formats {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter JOUR_COURT = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRANCE);
    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("H'h'mm", Locale.FRANCE);

    private Formats() {
    }

    public static String jour(LocalDate date) {
        return JOUR.format(date);
    }

    public static String jourCourt(LocalDate date) {
        return JOUR_COURT.format(date);
    }

    public static String heure(Instant instant, ZoneId zone) {
        return HEURE.format(instant.atZone(zone));
    }

    public static String heure(java.time.LocalTime heure) {
        return HEURE.format(heure);
    }

    /** "mardi 24 novembre 2026 à 9h00". */
    public static String jourHeure(Instant instant, ZoneId zone) {
        var local = instant.atZone(zone);
        return JOUR.format(local) + " à " + HEURE.format(local);
    }

    /** "1 heure", "45 minutes", "1 h 30". */
    public static String duree(Instant debut, Instant fin) {
        var minutes = Duration.between(debut, fin).toMinutes();
        if (minutes % 60 == 0) {
            return minutes == 60 ? "1 heure" : (minutes / 60) + " heures";
        }
        return minutes < 60 ? minutes + " minutes" : (minutes / 60) + " h " + String.format("%02d", minutes % 60);
    }
}
