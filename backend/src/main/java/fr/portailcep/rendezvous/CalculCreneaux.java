package fr.portailcep.rendezvous;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import fr.portailcep.echeance.CalendrierJoursOuvres;
import fr.portailcep.echeance.Territoire;

/**
 * The free slots of a period, computed from the offer alone: each conseiller's weekly opening hours at a site, cut
 * into slots of the hours' length, minus the public holidays of the site's territory, the closures of the site, and
 * the conseiller's absences and live rendez-vous. A plain class, fed with data and tested with tables of cases; the
 * service loads the data.
 * <p>
 * Opening hours are local times of the site (its territory's time zone), so a slot keeps its local hour across a
 * change to or from summer time.
 */
public final class CalculCreneaux {

    /** A weekly opening of a conseiller at a site, valid from a date and until another (or forever). */
    public record Plage(UUID id, UUID conseillerId, UUID siteId, DayOfWeek jour, LocalTime debut, LocalTime fin,
            Set<Modalite> modalites, Duration duree, LocalDate valideDu, LocalDate valideAu) {

        public Plage {
            Objects.requireNonNull(conseillerId);
            Objects.requireNonNull(siteId);
            if (!fin.isAfter(debut)) {
                throw new IllegalArgumentException("Une plage finit après son début");
            }
            if (duree.isZero() || duree.isNegative()) {
                throw new IllegalArgumentException("Durée de créneau invalide");
            }
            modalites = Set.copyOf(modalites);
        }

        public boolean valideLe(LocalDate date) {
            return !date.isBefore(valideDu) && (valideAu == null || !date.isAfter(valideAu));
        }
    }

    /**
     * A time when a conseiller cannot be booked (a rendez-vous, an absence), or when a whole site is closed: exactly
     * one of the two ids is set.
     */
    public record Indisponibilite(UUID conseillerId, UUID siteId, Instant debut, Instant fin) {

        public static Indisponibilite duConseiller(UUID conseillerId, Instant debut, Instant fin) {
            return new Indisponibilite(conseillerId, null, debut, fin);
        }

        public static Indisponibilite duSite(UUID siteId, Instant debut, Instant fin) {
            return new Indisponibilite(null, siteId, debut, fin);
        }
    }

    /** A free slot of one conseiller at one site, with the modalities they offer in it. */
    public record Creneau(UUID conseillerId, UUID siteId, Instant debut, Instant fin, Set<Modalite> modalites) {
    }

    private final Map<DayOfWeek, List<Plage>> plagesParJour = new EnumMap<>(DayOfWeek.class);
    private final Map<UUID, Territoire> territoireParSite;
    private final Map<UUID, long[]> occupationsConseiller;
    private final Map<UUID, long[]> fermeturesSite;

    public CalculCreneaux(Collection<Plage> plages, Map<UUID, Territoire> territoireParSite,
            Collection<Indisponibilite> indisponibilites) {
        for (var jour : DayOfWeek.values()) {
            plagesParJour.put(jour, new ArrayList<>());
        }
        plages.stream().filter(p -> territoireParSite.containsKey(p.siteId()))
                .forEach(p -> plagesParJour.get(p.jour()).add(p));
        this.territoireParSite = Map.copyOf(territoireParSite);
        var parConseiller = new HashMap<UUID, List<long[]>>();
        var parSite = new HashMap<UUID, List<long[]>>();
        for (var i : indisponibilites) {
            var intervalle = new long[] {i.debut().getEpochSecond(), i.fin().getEpochSecond()};
            if (i.conseillerId() != null) {
                parConseiller.computeIfAbsent(i.conseillerId(), k -> new ArrayList<>()).add(intervalle);
            } else if (i.siteId() != null) {
                parSite.computeIfAbsent(i.siteId(), k -> new ArrayList<>()).add(intervalle);
            }
        }
        this.occupationsConseiller = fusionner(parConseiller);
        this.fermeturesSite = fusionner(parSite);
    }

    /**
     * The free slots starting between {@code du} and {@code auInclus} (local dates of each site) and not before
     * {@code pasAvant}, by start time.
     */
    public List<Creneau> libres(LocalDate du, LocalDate auInclus, Instant pasAvant) {
        var resultat = new ArrayList<Creneau>();
        var limite = pasAvant.getEpochSecond();
        for (var date = du; !date.isAfter(auInclus); date = date.plusDays(1)) {
            for (var plage : plagesParJour.get(date.getDayOfWeek())) {
                if (!plage.valideLe(date)) {
                    continue;
                }
                var territoire = territoireParSite.get(plage.siteId());
                if (CalendrierJoursOuvres.pour(territoire).jourFerie(date).isPresent()) {
                    continue;
                }
                var zone = territoire.fuseauHoraire();
                var fermetures = fermeturesSite.get(plage.siteId());
                var occupations = occupationsConseiller.get(plage.conseillerId());
                var debut = plage.debut();
                while (true) {
                    var fin = debut.plus(plage.duree());
                    if (!fin.isAfter(debut) || fin.isAfter(plage.fin())) {
                        break; // the slot would pass the end of the opening (or midnight)
                    }
                    var instantDebut = LocalDateTime.of(date, debut).atZone(zone).toInstant();
                    var instantFin = instantDebut.plus(plage.duree());
                    var a = instantDebut.getEpochSecond();
                    var b = instantFin.getEpochSecond();
                    if (a >= limite && !chevauche(fermetures, a, b) && !chevauche(occupations, a, b)) {
                        resultat.add(new Creneau(plage.conseillerId(), plage.siteId(), instantDebut, instantFin,
                                plage.modalites()));
                    }
                    debut = fin;
                }
            }
        }
        resultat.sort(Comparator.comparing(Creneau::debut).thenComparing(c -> c.siteId().toString())
                .thenComparing(c -> c.conseillerId().toString()));
        return resultat;
    }

    /** Sorted, merged intervals, flattened: [start0, end0, start1, end1, …]. */
    private static Map<UUID, long[]> fusionner(Map<UUID, List<long[]>> intervalles) {
        var resultat = new HashMap<UUID, long[]>();
        intervalles.forEach((cle, liste) -> {
            liste.sort(Comparator.comparingLong(i -> i[0]));
            var fusion = new long[liste.size() * 2];
            var n = 0;
            for (var i : liste) {
                if (n > 0 && i[0] <= fusion[n - 1]) {
                    fusion[n - 1] = Math.max(fusion[n - 1], i[1]);
                } else {
                    fusion[n++] = i[0];
                    fusion[n++] = i[1];
                }
            }
            resultat.put(cle, Arrays.copyOf(fusion, n));
        });
        return resultat;
    }

    /** Whether [a, b) meets one of the merged intervals: binary search of the last one starting before b. */
    private static boolean chevauche(long[] intervalles, long a, long b) {
        if (intervalles == null || intervalles.length == 0) {
            return false;
        }
        int bas = 0;
        int haut = intervalles.length / 2 - 1;
        int trouve = -1;
        while (bas <= haut) {
            var milieu = (bas + haut) >>> 1;
            if (intervalles[milieu * 2] < b) {
                trouve = milieu;
                bas = milieu + 1;
            } else {
                haut = milieu - 1;
            }
        }
        return trouve >= 0 && intervalles[trouve * 2 + 1] > a;
    }
}
