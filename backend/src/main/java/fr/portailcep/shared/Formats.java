package fr.portailcep.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;

/**
 * The one formatter of dates, times, durations, numbers and sizes, for services, templates and views alike: "12 mars
 * 2026", "mardi 24 novembre 2026 à 9h05", "1 h 30", "3 jours", "1,4 Mo". Patterns and words come from the bundle
 * {@code i18n/formats.properties} (keys {@code format.*}); plurals are {@link java.text.MessageFormat} choices
 * there, so no French is written here (DD012).
 * <p>
 * Plain Java, no Spring: a view's static helper, a unit test or a template ({@code formats} in every
 * {@link Gabarits} model) reach it the same way, {@link #francais()} or {@link #de(Locale)}. It reads the same
 * bundles, with the same settings, as the portal's {@link MessageSource}.
 */
public final class Formats {

    private static final MessageSource BUNDLES = bundles();
    private static final Map<Locale, Formats> PAR_LANGUE = new ConcurrentHashMap<>();

    private final Locale langue;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateLongue;
    private final DateTimeFormatter dateSansAnnee;
    private final DateTimeFormatter jourMois;
    private final DateTimeFormatter dateAbregee;

    private Formats(Locale langue) {
        this.langue = langue;
        this.date = motif("format.date");
        this.dateLongue = motif("format.date.longue");
        this.dateSansAnnee = motif("format.date.sans-annee");
        this.jourMois = motif("format.date.jour-mois");
        this.dateAbregee = motif("format.date.abregee");
    }

    private static MessageSource bundles() {
        try {
            return TextesConfiguration.source();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The formats of a language (French is the only one of the portal today). */
    public static Formats de(Locale langue) {
        return PAR_LANGUE.computeIfAbsent(langue, Formats::new);
    }

    public static Formats francais() {
        return de(Textes.FRANCAIS);
    }

    private DateTimeFormatter motif(String cle) {
        return DateTimeFormatter.ofPattern(texte(cle), langue);
    }

    private String texte(String cle, Object... parametres) {
        return BUNDLES.getMessage(cle, parametres, langue);
    }

    /** "12 mars 2026"; empty for no date. */
    public String date(LocalDate jour) {
        return jour == null ? "" : date.format(jour);
    }

    /** "mardi 24 novembre 2026". */
    public String dateLongue(LocalDate jour) {
        return jour == null ? "" : dateLongue.format(jour);
    }

    /** "mardi 24 novembre". */
    public String dateSansAnnee(LocalDate jour) {
        return jour == null ? "" : dateSansAnnee.format(jour);
    }

    /** "3 mars". */
    public String jourMois(LocalDate jour) {
        return jour == null ? "" : jourMois.format(jour);
    }

    /** "lun. 24 nov. 2026", for tables of the staff. */
    public String dateAbregee(LocalDate jour) {
        return jour == null ? "" : dateAbregee.format(jour);
    }

    /** "9h05". */
    public String heure(LocalTime heure) {
        return heure == null ? "" : texte("format.heure", heure.getHour(), heure.getMinute());
    }

    /** "9h05", at the place of the zone. */
    public String heure(Instant instant, ZoneId zone) {
        return instant == null ? "" : heure(instant.atZone(zone).toLocalTime());
    }

    /** "12 mars 2026 à 9h05"; a dash for no instant (a date never known, as a passkey never used). */
    public String dateHeure(Instant instant, ZoneId zone) {
        return instant == null ? texte("format.aucun-moment") : avecHeure(instant, zone, date, "format.date-heure");
    }

    /** "mardi 24 novembre 2026 à 9h05". */
    public String dateLongueHeure(Instant instant, ZoneId zone) {
        return avecHeure(instant, zone, dateLongue, "format.date-heure");
    }

    /** "mardi 24 novembre à 9h05". */
    public String dateSansAnneeHeure(Instant instant, ZoneId zone) {
        return avecHeure(instant, zone, dateSansAnnee, "format.date-heure");
    }

    /** "lun. 24 nov. 2026 9h05". */
    public String dateAbregeeHeure(Instant instant, ZoneId zone) {
        return avecHeure(instant, zone, dateAbregee, "format.date-heure.abregee");
    }

    private String avecHeure(Instant instant, ZoneId zone, DateTimeFormatter jour, String cle) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(zone);
        return texte(cle, jour.format(local), heure(local.toLocalTime()));
    }

    /**
     * A moment near now, as a list of messages says it: "aujourd’hui à 14h05", "hier à 9h00", "le 3 mars".
     */
    public String relatif(Instant instant, Clock horloge) {
        var moment = instant.atZone(horloge.getZone());
        var aujourdhui = LocalDate.now(horloge);
        if (moment.toLocalDate().equals(aujourdhui)) {
            return texte("format.relatif.aujourdhui", heure(moment.toLocalTime()));
        }
        if (moment.toLocalDate().equals(aujourdhui.minusDays(1))) {
            return texte("format.relatif.hier", heure(moment.toLocalTime()));
        }
        return texte("format.relatif.autre", jourMois(moment.toLocalDate()));
    }

    /** How long something lasts: "1 heure", "2 heures", "45 minutes", "1 h 30". */
    public String duree(Duration duree) {
        var minutes = duree.toMinutes();
        if (minutes >= 60 && minutes % 60 == 0) {
            return texte("format.duree.heures", minutes / 60);
        }
        if (minutes < 60) {
            return texte("format.duree.minutes", minutes);
        }
        return texte("format.duree.heures-minutes", minutes / 60, minutes % 60);
    }

    /** The time between two instants, as {@link #duree(Duration)}. */
    public String duree(Instant debut, Instant fin) {
        return duree(Duration.between(debut, fin));
    }

    /** "aucun jour", "1 jour", "12 jours". */
    public String jours(long nombre) {
        return texte("format.jours", nombre);
    }

    /** "12,5" (one decimal). */
    public String nombreDecimal(double nombre) {
        return texte("format.nombre.decimal", nombre);
    }

    /** A share between 0 and 1 as "12,5 %". */
    public String pourcentage(double part) {
        return texte("format.pourcentage", part * 100);
    }

    /** The size of a file: "820 o", "120 Ko", "1,4 Mo". */
    public String taille(long octets) {
        if (octets < 1024) {
            return texte("format.taille.octets", octets);
        }
        if (octets < 1024 * 1024) {
            return texte("format.taille.ko", Math.round(octets / 1024.0));
        }
        return texte("format.taille.mo", octets / (1024.0 * 1024.0));
    }
}
