package fr.portailcep.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.portailcep.echeance.Territoire;

/**
 * The figure the issue asks for: the time to compute the free slots of one month for 50 conseillers over 5 sites
 * (each open 35 hours a week in one-hour slots, a third of the slots already booked, a site closed one day and
 * each conseiller away one day), then grouped as the person sees them. Not part of the normal run (its name does
 * not end in Test): {@code ./mvnw -B -q test -pl backend -Dtest=CreneauxBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CreneauxBenchmark {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void creneaux_libres_d_un_mois_pour_50_conseillers_sur_5_sites() {
        var sites = new ArrayList<UUID>();
        var territoires = new HashMap<UUID, Territoire>();
        for (var s = 0; s < 5; s++) {
            var site = UUID.randomUUID();
            sites.add(site);
            territoires.put(site, s == 0 ? Territoire.ALSACE_MOSELLE : Territoire.METROPOLE);
        }
        var debutMois = LocalDate.of(2026, 12, 1);
        var finMois = LocalDate.of(2026, 12, 31);
        var plages = new ArrayList<CalculCreneaux.Plage>();
        var indisponibilites = new ArrayList<CalculCreneaux.Indisponibilite>();
        var modalites = Set.of(Modalite.SUR_SITE, Modalite.TELEPHONE, Modalite.VISIO);
        for (var c = 0; c < 50; c++) {
            var conseiller = UUID.randomUUID();
            var site = sites.get(c % 5);
            for (var jour : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)) {
                plages.add(new CalculCreneaux.Plage(UUID.randomUUID(), conseiller, site, jour, LocalTime.of(9, 0),
                        LocalTime.of(12, 30), modalites, Duration.ofHours(1), debutMois.minusYears(1), null));
                plages.add(new CalculCreneaux.Plage(UUID.randomUUID(), conseiller, site, jour, LocalTime.of(13, 30),
                        LocalTime.of(17, 0), modalites, Duration.ofHours(1), debutMois.minusYears(1), null));
            }
            // A third of the morning slots booked, one day away.
            for (var d = debutMois; !d.isAfter(finMois); d = d.plusDays(3)) {
                var debut = d.atTime(9, 0).atZone(PARIS).toInstant();
                indisponibilites.add(CalculCreneaux.Indisponibilite.duConseiller(conseiller, debut,
                        debut.plus(Duration.ofHours(1))));
            }
            var absence = debutMois.plusDays(c % 20).atStartOfDay(PARIS).toInstant();
            indisponibilites.add(CalculCreneaux.Indisponibilite.duConseiller(conseiller, absence,
                    absence.plus(Duration.ofDays(1))));
        }
        var fermeture = debutMois.plusDays(10).atStartOfDay(PARIS).toInstant();
        indisponibilites.add(CalculCreneaux.Indisponibilite.duSite(sites.get(1), fermeture,
                fermeture.plus(Duration.ofDays(1))));
        var pasAvant = debutMois.atStartOfDay(PARIS).toInstant();

        // Warm-up, then measure.
        for (var i = 0; i < 20; i++) {
            calculer(plages, territoires, indisponibilites, debutMois, finMois, pasAvant);
        }
        var mesures = new ArrayList<Long>();
        int libres = 0;
        int proposes = 0;
        for (var i = 0; i < 30; i++) {
            var t0 = System.nanoTime();
            var calcul = new CalculCreneaux(plages, territoires, indisponibilites);
            var resultat = calcul.libres(debutMois, finMois, pasAvant);
            var regroupes = CreneauxService.regrouper(resultat, FiltreCreneaux.TOUS);
            mesures.add(System.nanoTime() - t0);
            libres = resultat.size();
            proposes = regroupes.size();
        }
        mesures.sort(null);
        System.out.printf("BENCHMARK créneaux : 50 conseillers, 5 sites, décembre 2026 : %d créneaux libres "
                + "(%d proposés après regroupement) ; médiane %.2f ms, max %.2f ms (30 mesures)%n", libres, proposes,
                mesures.get(mesures.size() / 2) / 1e6, mesures.getLast() / 1e6);
        assertThat(libres).isGreaterThan(5000);
    }

    private static void calculer(List<CalculCreneaux.Plage> plages, HashMap<UUID, Territoire> territoires,
            List<CalculCreneaux.Indisponibilite> indisponibilites, LocalDate du, LocalDate au, java.time.Instant pasAvant) {
        CreneauxService.regrouper(new CalculCreneaux(plages, territoires, indisponibilites).libres(du, au, pasAvant),
                FiltreCreneaux.TOUS);
    }
}
