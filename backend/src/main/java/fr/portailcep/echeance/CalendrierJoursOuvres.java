package fr.portailcep.echeance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jours ouvrés d'un territoire, pour le calcul des délais du marché.
 *
 * <p>Source : CCTP France compétences, §3.3 — « Le délai entre une première demande de
 * rendez-vous et un premier échange avec un conseiller ne dépasse pas trente (30) jours
 * ouvrés ». Un jour ouvré est un jour du lundi au vendredi qui n'est pas férié dans le
 * territoire du bénéficiaire (voir {@link JoursFeries}).
 *
 * <p>Convention de comptage : le jour de départ (jour de la demande) n'est jamais compté ;
 * le premier jour ouvré est le premier jour ouvré strictement après lui. Ainsi une demande
 * déposée un samedi commence à courir le lundi, qui est le jour ouvré n° 1. Les deux
 * opérations sont cohérentes : {@code joursOuvresEntre(d, ajouterJoursOuvres(d, n)) == n}.
 *
 * <p>Les dates sont des dates locales du territoire : convertir un horodatage avec
 * {@link Territoire#fuseauHoraire()} avant de l'utiliser ici.
 *
 * <p>Sans état modifiable visible : les jours fériés sont calculés une fois par année puis
 * gardés dans un cache sûr entre fils d'exécution, ce qui permet de partager une instance
 * (voir {@link #pour(Territoire)}).
 */
public final class CalendrierJoursOuvres {

    /** Délai maximal entre la première demande de rendez-vous et le premier échange (CCTP §3.3). */
    public static final int DELAI_MAX_PREMIER_ECHANGE_JOURS_OUVRES = 30;

    private static final Map<Territoire, CalendrierJoursOuvres> PARTAGES = new EnumMap<>(Territoire.class);

    static {
        for (Territoire territoire : Territoire.values()) {
            PARTAGES.put(territoire, new CalendrierJoursOuvres(territoire));
        }
    }

    private final Territoire territoire;
    private final ConcurrentHashMap<Integer, SortedMap<LocalDate, String>> feriesParAnnee = new ConcurrentHashMap<>();

    public CalendrierJoursOuvres(Territoire territoire) {
        this.territoire = Objects.requireNonNull(territoire, "territoire");
    }

    /** Instance partagée (et donc cache partagé) pour un territoire. */
    public static CalendrierJoursOuvres pour(Territoire territoire) {
        return PARTAGES.get(Objects.requireNonNull(territoire, "territoire"));
    }

    public Territoire territoire() {
        return territoire;
    }

    /** Vrai du lundi au vendredi, hors jour férié du territoire. */
    public boolean estOuvre(LocalDate date) {
        return !estWeekEnd(date) && !feriesDe(date.getYear()).containsKey(date);
    }

    /** Nom du jour férié tombant à cette date dans le territoire, qu'il soit en semaine ou non. */
    public Optional<String> jourFerie(LocalDate date) {
        return Optional.ofNullable(feriesDe(date.getYear()).get(date));
    }

    /**
     * Pourquoi ce jour n'est pas ouvré, pour l'affichage : le nom du jour férié s'il y en a un,
     * sinon « Samedi » ou « Dimanche » ; vide si le jour est ouvré.
     */
    public Optional<String> motifFermeture(LocalDate date) {
        Optional<String> ferie = jourFerie(date);
        if (ferie.isPresent()) {
            return ferie;
        }
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> Optional.of("Samedi");
            case SUNDAY -> Optional.of("Dimanche");
            default -> Optional.empty();
        };
    }

    /** Jours fériés du territoire pour une année, triés par date (table non modifiable). */
    public SortedMap<LocalDate, String> joursFeries(int annee) {
        return feriesDe(annee);
    }

    /**
     * Le {@code n}-ième jour ouvré strictement après {@code depart}.
     *
     * <p>{@code n = 0} rend {@code depart} lui-même, ouvré ou non : c'est le seul choix qui garde
     * {@code joursOuvresEntre(depart, resultat) == n}. Pour tout {@code n >= 1} le résultat est
     * toujours un jour ouvré.
     *
     * @throws IllegalArgumentException si {@code n} est négatif
     */
    public LocalDate ajouterJoursOuvres(LocalDate depart, int n) {
        Objects.requireNonNull(depart, "depart");
        if (n < 0) {
            throw new IllegalArgumentException("Nombre de jours ouvrés négatif : " + n + ".");
        }
        LocalDate jour = depart;
        int restants = n;
        while (restants > 0) {
            jour = jour.plusDays(1);
            if (estOuvre(jour)) {
                restants--;
            }
        }
        return jour;
    }

    /**
     * Nombre de jours ouvrés {@code d} tels que {@code debutExclu < d <= finInclus} ; 0 si
     * {@code finInclus} n'est pas après {@code debutExclu}.
     */
    public long joursOuvresEntre(LocalDate debutExclu, LocalDate finInclus) {
        Objects.requireNonNull(debutExclu, "debutExclu");
        Objects.requireNonNull(finInclus, "finInclus");
        if (!finInclus.isAfter(debutExclu)) {
            return 0;
        }
        // Les semaines pleines comptent 5 jours de semaine chacune ; on ne parcourt jour par jour
        // que le reste (moins de 7 jours), puis on retire les fériés tombant en semaine.
        long jours = ChronoUnit.DAYS.between(debutExclu, finInclus);
        long semainesPleines = jours / 7;
        long joursDeSemaine = semainesPleines * 5;
        for (LocalDate d = debutExclu.plusDays(semainesPleines * 7 + 1); !d.isAfter(finInclus); d = d.plusDays(1)) {
            if (!estWeekEnd(d)) {
                joursDeSemaine++;
            }
        }
        long feriesEnSemaine = 0;
        for (int annee = debutExclu.getYear(); annee <= finInclus.getYear(); annee++) {
            for (LocalDate ferie : feriesDe(annee).keySet()) {
                if (ferie.isAfter(debutExclu) && !ferie.isAfter(finInclus) && !estWeekEnd(ferie)) {
                    feriesEnSemaine++;
                }
            }
        }
        return joursDeSemaine - feriesEnSemaine;
    }

    /**
     * Date limite du premier échange avec un conseiller pour une première demande de
     * rendez-vous faite le {@code dateDemande} (date locale du territoire) : le 30e jour ouvré
     * après la demande, cette date limite incluse.
     */
    public LocalDate dateLimitePremierEchange(LocalDate dateDemande) {
        return ajouterJoursOuvres(dateDemande, DELAI_MAX_PREMIER_ECHANGE_JOURS_OUVRES);
    }

    private SortedMap<LocalDate, String> feriesDe(int annee) {
        return feriesParAnnee.computeIfAbsent(annee, a -> JoursFeries.de(territoire, a));
    }

    private static boolean estWeekEnd(LocalDate date) {
        DayOfWeek jour = date.getDayOfWeek();
        return jour == DayOfWeek.SATURDAY || jour == DayOfWeek.SUNDAY;
    }

    @Override
    public String toString() {
        return "CalendrierJoursOuvres[" + territoire.libelle() + "]";
    }
}
