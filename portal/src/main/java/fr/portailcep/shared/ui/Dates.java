package fr.portailcep.shared.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;

import fr.portailcep.shared.Textes;

/** The date picker of the portal (dates as text: {@code shared.Formats}). */
public final class Dates {

    private Dates() {
    }

    /**
     * A date picker in French: month and day names from the JDK's French, Monday first, dd/MM/yyyy, its words from
     * the bundles, errors set by the page.
     */
    public static com.vaadin.flow.component.datepicker.DatePicker selecteur(String libelle) {
        var date = new com.vaadin.flow.component.datepicker.DatePicker(libelle);
        var langue = Textes.FRANCAIS;
        date.setLocale(langue);
        var i18n = new com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, langue))
                .toList());
        var semaine = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(semaine.stream().map(j -> j.getDisplayName(TextStyle.FULL, langue)).toList());
        i18n.setWeekdaysShort(semaine.stream().map(j -> j.getDisplayName(TextStyle.SHORT, langue)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(date.getTranslation("format.selecteur.aujourdhui"));
        i18n.setCancel(date.getTranslation("format.selecteur.annuler"));
        i18n.setDateFormat("dd/MM/yyyy");
        date.setI18n(i18n);
        date.setManualValidation(true);
        date.setPlaceholder(date.getTranslation("format.selecteur.exemple"));
        return date;
    }

}
