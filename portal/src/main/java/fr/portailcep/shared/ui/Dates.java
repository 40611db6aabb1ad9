package fr.portailcep.shared.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people say them: "23 novembre 2026 à 10h05". */
public final class Dates {

    private Dates() {
    }

    /** A date picker in French: month and day names, Monday first, dd/MM/yyyy, errors set by the page. */
    public static com.vaadin.flow.component.datepicker.DatePicker selecteur(String libelle) {
        var date = new com.vaadin.flow.component.datepicker.DatePicker(libelle);
        date.setLocale(Locale.FRANCE);
        var i18n = new com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n();
        i18n.setMonthNames(java.util.List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                "septembre", "octobre", "novembre", "décembre"));
        i18n.setWeekdays(java.util.List.of("dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"));
        i18n.setWeekdaysShort(java.util.List.of("dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("Aujourd’hui");
        i18n.setCancel("Annuler");
        i18n.setDateFormat("dd/MM/yyyy");
        date.setI18n(i18n);
        date.setManualValidation(true);
        date.setPlaceholder("jj/mm/aaaa");
        return date;
    }

}
