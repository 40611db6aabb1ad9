package fr.portailcep.rendezvous;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.echeance.Territoire;
import fr.portailcep.operateur.OperateurService;

/**
 * The free slots, from the offer in the database: opening hours, closures and absences, live rendez-vous. Open to
 * everybody (no account is needed to see when a conseiller is free).
 */
@Service
public class CreneauxService {

    /** No slot is offered less than two hours ahead: the conseiller must be able to prepare. */
    public static final Duration DELAI_PREVENANCE = Duration.ofHours(2);
    /** How far ahead the person can book. */
    public static final int HORIZON_JOURS = 92;

    private final PlageOuvertureRepository plages;
    private final FermetureRepository fermetures;
    private final OperateurService operateurs;
    private final JdbcClient jdbc;
    private final Clock horloge;

    CreneauxService(PlageOuvertureRepository plages, FermetureRepository fermetures, OperateurService operateurs,
            JdbcClient jdbc, Clock horloge) {
        this.plages = plages;
        this.fermetures = fermetures;
        this.operateurs = operateurs;
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    /** The next free slots for the person, from now on, over {@code jours} days, by start time. */
    @Transactional(readOnly = true)
    public List<CreneauPropose> proposes(FiltreCreneaux filtre, int jours) {
        var pasAvant = horloge.instant().plus(DELAI_PREVENANCE);
        var du = LocalDate.ofInstant(pasAvant, ZoneOffset.UTC).minusDays(1);
        return regrouper(charger(du, du.plusDays(Math.min(jours, HORIZON_JOURS) + 1), null).libres(pasAvant), filtre);
    }

    /**
     * The slot a person chose in the list (its start, its site — none for a distance modality — and the modality
     * chosen), if it is still offered: it may have been taken since the list was shown.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<CreneauPropose> creneauPropose(Instant debut, UUID site, Modalite choix) {
        var siteAttendu = choix != null && choix.aDistance() ? null : site;
        return proposes(new FiltreCreneaux(choix, siteAttendu), HORIZON_JOURS).stream()
                .filter(c -> c.debut().equals(debut) && java.util.Objects.equals(c.siteId(), siteAttendu))
                .findFirst();
    }

    /** Up to {@code nombre} free slots after {@code apres} (proposed when the chosen one was just taken). */
    @Transactional(readOnly = true)
    public List<CreneauPropose> suivants(FiltreCreneaux filtre, Instant apres, int nombre) {
        var pasAvant = horloge.instant().plus(DELAI_PREVENANCE);
        var depuis = apres.isAfter(pasAvant) ? apres : pasAvant;
        var du = LocalDate.ofInstant(depuis, ZoneOffset.UTC).minusDays(1);
        var libres = regrouper(charger(du, du.plusDays(HORIZON_JOURS), null).libres(pasAvant), filtre);
        var resultat = libres.stream().filter(c -> !c.debut().isBefore(depuis)).limit(nombre).toList();
        return resultat.isEmpty() ? libres.stream().limit(nombre).toList() : resultat;
    }

    /** The free slots of one conseiller (staff booking for someone who phoned). */
    @Transactional(readOnly = true)
    public List<CalculCreneaux.Creneau> libresDe(UUID conseillerId, int jours) {
        var pasAvant = horloge.instant();
        var du = LocalDate.ofInstant(pasAvant, ZoneOffset.UTC).minusDays(1);
        return charger(du, du.plusDays(jours + 1), null).libres(pasAvant).stream()
                .filter(c -> c.conseillerId().equals(conseillerId)).toList();
    }

    /**
     * The conseillers free for this choice, the least busy first. {@code sauf}: a rendez-vous whose own time does
     * not count (the one being moved).
     */
    List<CalculCreneaux.Creneau> candidats(ChoixCreneau choix, UUID sauf, Instant pasAvant) {
        var jour = LocalDate.ofInstant(choix.debut(), ZoneOffset.UTC);
        var charge = charger(jour.minusDays(1), jour.plusDays(1), sauf);
        return charge.libres(pasAvant).stream()
                .filter(c -> c.debut().equals(choix.debut()))
                .filter(c -> c.modalites().contains(choix.modalite()))
                .filter(c -> choix.siteId() == null || c.siteId().equals(choix.siteId()))
                .filter(c -> choix.conseillerId() == null || c.conseillerId().equals(choix.conseillerId()))
                .sorted(Comparator.comparingLong((CalculCreneaux.Creneau c) -> charge.rendezVousDe(c.conseillerId()))
                        .thenComparing(c -> c.conseillerId().toString()))
                .toList();
    }

    /** The sites of the operator with their territory (for holidays and time zone). */
    Map<UUID, Territoire> territoires() {
        var resultat = new HashMap<UUID, Territoire>();
        for (var site : operateurs.sites()) {
            try {
                resultat.put(site.id(), Territoire.duDepartement(site.departement()));
            } catch (IllegalArgumentException e) {
                // A site in a territory the calendar does not cover offers no slot rather than wrong ones.
            }
        }
        return resultat;
    }

    /** What was loaded for a computation, and how busy each conseiller is over the period. */
    record Chargement(CalculCreneaux calcul, LocalDate du, LocalDate au, Map<UUID, Long> charge) {

        List<CalculCreneaux.Creneau> libres(Instant pasAvant) {
            return calcul.libres(du, au, pasAvant);
        }

        long rendezVousDe(UUID conseiller) {
            return charge.getOrDefault(conseiller, 0L);
        }
    }

    Chargement charger(LocalDate du, LocalDate auInclus, UUID sauf) {
        var debut = du.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        var fin = auInclus.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        var indisponibilites = new ArrayList<CalculCreneaux.Indisponibilite>();
        var charge = new HashMap<UUID, Long>();
        jdbc.sql("""
                select id, conseiller_id, debut, fin from rendez_vous
                where statut in ('RESERVE', 'HONORE') and debut < :fin and fin > :debut
                """)
                .param("debut", Timestamp.from(debut)).param("fin", Timestamp.from(fin))
                .query(rs -> {
                    var id = rs.getObject("id", UUID.class);
                    if (!id.equals(sauf)) {
                        var conseiller = rs.getObject("conseiller_id", UUID.class);
                        indisponibilites.add(CalculCreneaux.Indisponibilite.duConseiller(conseiller,
                                rs.getTimestamp("debut").toInstant(), rs.getTimestamp("fin").toInstant()));
                        charge.merge(conseiller, 1L, Long::sum);
                    }
                });
        fermetures.entre(debut, fin).forEach(f -> indisponibilites.add(f.enIndisponibilite()));
        var calcul = new CalculCreneaux(plages.findAll().stream().map(PlageOuverture::enPlage).toList(),
                territoires(), indisponibilites);
        return new Chargement(calcul, du, auInclus, charge);
    }

    /**
     * One proposal per site and time (per time only for slots at a distance), with the modalities of all the
     * conseillers free then, restricted to the filter.
     */
    static List<CreneauPropose> regrouper(List<CalculCreneaux.Creneau> libres, FiltreCreneaux filtre) {
        record Cle(UUID site, Instant debut) {
        }
        var groupes = new LinkedHashMap<Cle, CreneauPropose>();
        for (var c : libres) {
            if (filtre.modalite() != null && !c.modalites().contains(filtre.modalite())) {
                continue;
            }
            if (filtre.siteId() != null && !filtre.aDistance() && !c.siteId().equals(filtre.siteId())) {
                continue;
            }
            var cle = new Cle(filtre.aDistance() ? null : c.siteId(), c.debut());
            var modalites = filtre.modalite() == null ? EnumSet.copyOf(c.modalites()) : EnumSet.of(filtre.modalite());
            groupes.merge(cle, new CreneauPropose(cle.site(), c.debut(), c.fin(), modalites), (a, b) -> {
                var union = EnumSet.copyOf(a.modalites());
                union.addAll(b.modalites());
                return new CreneauPropose(a.siteId(), a.debut(), a.fin().isBefore(b.fin()) ? a.fin() : b.fin(), union);
            });
        }
        return groupes.values().stream()
                .sorted(Comparator.comparing(CreneauPropose::debut)
                        .thenComparing(c -> Objects.toString(c.siteId(), "")))
                .toList();
    }
}
