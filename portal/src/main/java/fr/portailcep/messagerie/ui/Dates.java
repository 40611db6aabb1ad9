package fr.portailcep.messagerie.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.portailcep.messagerie.Attente;

/** "aujourd’hui à 14h05", "hier à 9h00", "le 3 mars". */
final class Dates {

    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRANCE);
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("d MMMM", Locale.FRANCE);

    private Dates() {
    }

    static String relatif(Instant instant, Clock horloge) {
        var moment = instant.atZone(horloge.getZone());
        var aujourdhui = LocalDate.now(horloge);
        if (moment.toLocalDate().equals(aujourdhui)) {
            return "aujourd’hui à " + HEURE.format(moment);
        }
        if (moment.toLocalDate().equals(aujourdhui.minusDays(1))) {
            return "hier à " + HEURE.format(moment);
        }
        return "le " + JOUR.format(moment);
    }

    static String attente(com.vaadin.flow.component.Component composant, Instant depuis, Clock horloge) {
        return Attente.decrire(Duration.between(depuis, horloge.instant()), composant::getTranslation);
    }
}
