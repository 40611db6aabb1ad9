package fr.portailcep.parcours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;

/**
 * Repeated requests (CCTP §1.2.6: France compétences may ask the operator to justify "une fréquence trop importante
 * de service successif pour une même personne"). The operator sees how many requests a person made in the last
 * twelve months; from three on, the dossier is flagged so that the conseiller can note why.
 */
public final class FrequenceDemandes {

    public static final int SEUIL = 3;

    private FrequenceDemandes() {
    }

    public static long dansLesDouzeDerniersMois(Collection<Instant> demandes, LocalDate aujourdhui, ZoneId zone) {
        var depuis = aujourdhui.minusMonths(12).atStartOfDay(zone).toInstant();
        return demandes.stream().filter(d -> !d.isBefore(depuis)).count();
    }

    public static boolean frequentes(Collection<Instant> demandes, LocalDate aujourdhui, ZoneId zone) {
        return dansLesDouzeDerniersMois(demandes, aujourdhui, zone) >= SEUIL;
    }
}
