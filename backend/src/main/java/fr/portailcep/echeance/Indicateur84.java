package fr.portailcep.echeance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Indicator 8.4 of the CCTP (§4.3), "délais de 1er RDV": the time between the first contact (UO0 or online request)
 * and the first rendez-vous held, for the requests made in a period. Times are counted in working days of each
 * person's territory (the unit of the 30-day rule), and also in calendar days for reading.
 * <ul>
 * <li>mean, median and 90th percentile over the requests whose first exchange was held;</li>
 * <li>the share met within 30 working days = requests honoured by their due date / (requests honoured + requests
 * still open past their due date). Open requests not yet due are not counted yet: they can still be met.
 * Requests withdrawn by the person are not counted at all.</li>
 * </ul>
 * The median of an even number of values is the mean of the two middle ones; the 90th percentile is the
 * nearest-rank one (the smallest value with at least 90 % of the values at or below it).
 */
public record Indicateur84(LocalDate du, LocalDate au, int demandes, int honorees, int honoreesDansLeDelai,
        int enRetardSansEchange, int enCours, OptionalDouble moyenneJoursOuvres, OptionalDouble medianeJoursOuvres,
        OptionalDouble percentile90JoursOuvres, OptionalDouble moyenneJoursCalendaires, OptionalDouble partDansLeDelai) {

    /** One request: its date, its due date, the date of its first exchange if held, its territory's calendar. */
    public record Mesure(LocalDate dateDemande, LocalDate dateLimite, LocalDate premierEchange,
            CalendrierJoursOuvres calendrier) {

        public Mesure {
            Objects.requireNonNull(dateDemande);
            Objects.requireNonNull(dateLimite);
            Objects.requireNonNull(calendrier);
        }

        public static Mesure de(DemandePremierEchange demande) {
            return new Mesure(demande.dateDemande(), demande.dateLimite(),
                    demande.premierEchangeLe().map(i -> i.atZone(demande.territoire().fuseauHoraire()).toLocalDate())
                            .orElse(null),
                    demande.calendrier());
        }
    }

    /**
     * @param aujourdhui the day of the computation: an open request is late once this day is past its due date
     */
    /** A period is two dates, the second not before the first; refused beside the second otherwise. */
    public static void verifierPeriode(LocalDate du, LocalDate au) {
        if (du == null || au == null || au.isBefore(du)) {
            throw fr.portailcep.shared.ActeRefuse.surLeChamp("au", "indicateur.periode.invalide");
        }
    }

    public static Indicateur84 calculer(LocalDate du, LocalDate au, LocalDate aujourdhui, Collection<Mesure> mesures) {
        var delaisOuvres = new ArrayList<Long>();
        var delaisCalendaires = new ArrayList<Long>();
        int dansLeDelai = 0;
        int enRetard = 0;
        int enCours = 0;
        for (var m : mesures) {
            if (m.premierEchange() != null) {
                delaisOuvres.add(m.calendrier().joursOuvresEntre(m.dateDemande(), m.premierEchange()));
                delaisCalendaires.add(Math.max(0, ChronoUnit.DAYS.between(m.dateDemande(), m.premierEchange())));
                if (!m.premierEchange().isAfter(m.dateLimite())) {
                    dansLeDelai++;
                }
            } else if (aujourdhui.isAfter(m.dateLimite())) {
                enRetard++;
            } else {
                enCours++;
            }
        }
        var comptees = delaisOuvres.size() + enRetard;
        return new Indicateur84(du, au, mesures.size(), delaisOuvres.size(), dansLeDelai, enRetard, enCours,
                moyenne(delaisOuvres), mediane(delaisOuvres), percentile(delaisOuvres, 90),
                moyenne(delaisCalendaires),
                comptees == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) dansLeDelai / comptees));
    }

    static OptionalDouble moyenne(List<Long> valeurs) {
        return valeurs.stream().mapToLong(Long::longValue).average();
    }

    static OptionalDouble mediane(List<Long> valeurs) {
        if (valeurs.isEmpty()) {
            return OptionalDouble.empty();
        }
        var tries = valeurs.stream().sorted().toList();
        var n = tries.size();
        return OptionalDouble.of(n % 2 == 1 ? tries.get(n / 2) : (tries.get(n / 2 - 1) + tries.get(n / 2)) / 2.0);
    }

    /** Nearest-rank percentile. */
    static OptionalDouble percentile(List<Long> valeurs, int p) {
        if (valeurs.isEmpty()) {
            return OptionalDouble.empty();
        }
        var tries = valeurs.stream().sorted(Comparator.naturalOrder()).toList();
        var rang = (int) Math.ceil(p / 100.0 * tries.size());
        return OptionalDouble.of(tries.get(Math.max(rang, 1) - 1));
    }
}
