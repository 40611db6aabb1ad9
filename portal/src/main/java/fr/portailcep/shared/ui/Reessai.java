package fr.portailcep.shared.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import com.vaadin.flow.component.Component;

import fr.portailcep.shared.Formats;

/** When a refused form may be sent again, as people say it: "à 10h05", "demain à 8h40", "le 3 mars 2026 à 9h00". */
public final class Reessai {

    private Reessai() {
    }

    public static String quand(Component vue, Instant reessai, Clock horloge) {
        var moment = reessai.atZone(horloge.getZone());
        var heure = Formats.francais().heure(moment.toLocalTime());
        var aujourdhui = LocalDate.now(horloge);
        if (moment.toLocalDate().equals(aujourdhui)) {
            return vue.getTranslation("limite.reessai.aujourdhui", heure);
        }
        if (moment.toLocalDate().equals(aujourdhui.plusDays(1))) {
            return vue.getTranslation("limite.reessai.demain", heure);
        }
        return vue.getTranslation("limite.reessai.jour", Formats.francais().date(moment.toLocalDate()), heure);
    }
}
