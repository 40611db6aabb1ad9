package fr.portailcep.parcours;

import java.time.LocalDate;

/** The first and last days a date may take (both included), for a date picker to offer and a rule to check. */
public record Bornes(LocalDate du, LocalDate au) {

    public boolean contient(LocalDate jour) {
        return jour != null && (du == null || !jour.isBefore(du)) && (au == null || !jour.isAfter(au));
    }
}
