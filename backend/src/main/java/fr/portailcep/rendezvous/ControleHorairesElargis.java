package fr.portailcep.rendezvous;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.portailcep.echeance.CalendrierJoursOuvres;

/**
 * The opening-hours rule of the CCTP (§3.3): "une accessibilité sur des horaires élargis ou décalés a minima deux
 * journées par semaine (par horaire élargi, on entend a minima le matin de 8h à 9h30, le midi entre 12h et 14h et le
 * soir entre 17h et 19h30)". A day counts as extended when the offer of the site (all its conseillers together,
 * absences and closures removed) covers the whole of at least one of the three windows; a week meets the rule with
 * two such days or more. Public holidays offer nothing.
 */
public final class ControleHorairesElargis {

    public static final int JOURS_REQUIS = 2;

    /** The three windows of extended hours. */
    public enum Fenetre {
        MATIN(LocalTime.of(8, 0), LocalTime.of(9, 30)),
        MIDI(LocalTime.of(12, 0), LocalTime.of(14, 0)),
        SOIR(LocalTime.of(17, 0), LocalTime.of(19, 30));

        private final LocalTime debut;
        private final LocalTime fin;

        Fenetre(LocalTime debut, LocalTime fin) {
            this.debut = debut;
            this.fin = fin;
        }

        public LocalTime debut() {
            return debut;
        }

        public LocalTime fin() {
            return fin;
        }
    }

    /** An opening of one day, in local times. */
    public record Ouverture(LocalTime debut, LocalTime fin) {
    }

    /** One day of the week: the windows it covers, or the public holiday that closes it. */
    public record Jour(LocalDate date, Set<Fenetre> fenetres, Optional<String> ferie, List<Ouverture> ouvertures) {

        public boolean estElargi() {
            return !fenetres.isEmpty();
        }
    }

    /** A week of a site: its days (Monday to Saturday) and whether it meets the rule. */
    public record Bilan(LocalDate lundi, List<Jour> jours) {

        public long joursElargis() {
            return jours.stream().filter(Jour::estElargi).count();
        }

        public boolean conforme() {
            return joursElargis() >= JOURS_REQUIS;
        }
    }

    private ControleHorairesElargis() {
    }

    /**
     * @param ouvertures the openings of each day of the week at the site (absences and closures already removed)
     */
    public static Bilan controler(LocalDate lundi, Map<LocalDate, List<Ouverture>> ouvertures,
            CalendrierJoursOuvres calendrier) {
        if (lundi.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("Une semaine commence un lundi : " + lundi);
        }
        var jours = new ArrayList<Jour>();
        for (var i = 0; i < 6; i++) {
            var date = lundi.plusDays(i);
            var ferie = calendrier.jourFerie(date);
            var duJour = ferie.isPresent() ? List.<Ouverture>of() : ouvertures.getOrDefault(date, List.of());
            var fenetres = EnumSet.noneOf(Fenetre.class);
            for (var f : Fenetre.values()) {
                if (couvre(duJour, f.debut(), f.fin())) {
                    fenetres.add(f);
                }
            }
            jours.add(new Jour(date, fenetres, ferie, fusionner(duJour)));
        }
        return new Bilan(lundi, jours);
    }

    /** Whether the union of the openings covers [debut, fin] without a gap. */
    static boolean couvre(List<Ouverture> ouvertures, LocalTime debut, LocalTime fin) {
        var curseur = debut;
        for (var o : ouvertures.stream().sorted(Comparator.comparing(Ouverture::debut)).toList()) {
            if (o.debut().isAfter(curseur)) {
                return false;
            }
            if (o.fin().isAfter(curseur)) {
                curseur = o.fin();
            }
            if (!curseur.isBefore(fin)) {
                return true;
            }
        }
        return !curseur.isBefore(fin);
    }

    /** The openings of a day merged, for display ("8h00–12h00, 13h30–19h30"). */
    static List<Ouverture> fusionner(List<Ouverture> ouvertures) {
        var resultat = new ArrayList<Ouverture>();
        for (var o : ouvertures.stream().sorted(Comparator.comparing(Ouverture::debut)).toList()) {
            if (!resultat.isEmpty() && !o.debut().isAfter(resultat.getLast().fin())) {
                var derniere = resultat.removeLast();
                resultat.add(new Ouverture(derniere.debut(), o.fin().isAfter(derniere.fin()) ? o.fin() : derniere.fin()));
            } else {
                resultat.add(o);
            }
        }
        return resultat;
    }
}
