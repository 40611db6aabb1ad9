package fr.portailcep.parcours;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a unit of work may be engaged, from the units the dossier already holds (CCTP §1.2.4 and §1.2.6):
 * <ul>
 * <li>UO1 and UO2.1 only for an actif occupé of the private sector not followed by another CEP operator (rule 3),
 * with the person's agreement;</li>
 * <li>one unit at a time;</li>
 * <li>UO2 may start without UO1; UO2.2 only after a UO2.1 closed with its signed projet professionnel, once, and
 * within the 18 months that run from the engagement of that UO2.1.</li>
 * </ul>
 */
public final class ReglesEngagement {

    /** What the rules need to know of a unit already in the dossier. */
    public record UnitePassee(UniteOeuvre uo, LocalDate engageeLe, boolean enCours, MotifCloture motifCloture) {
    }

    private ReglesEngagement() {
    }

    /** What the engagement of this unit asks for beyond its date: the agreement, rule 3, a référent. */
    public static Set<ChampEngagement> champs(UniteOeuvre uo) {
        return switch (uo) {
            case UO0 -> EnumSet.noneOf(ChampEngagement.class);
            case UO1 -> EnumSet.of(ChampEngagement.ACCORD, ChampEngagement.ELIGIBILITE);
            case UO2_1 -> EnumSet.of(ChampEngagement.ACCORD, ChampEngagement.ELIGIBILITE, ChampEngagement.REFERENT);
            case UO2_2 -> EnumSet.of(ChampEngagement.ACCORD);
        };
    }

    public static Optional<RefusEngagement> verifier(List<UnitePassee> unites, UniteOeuvre uo, Eligibilite eligibilite,
            boolean accord, LocalDate engagement, LocalDate aujourdhui) {
        var champs = champs(uo);
        if (champs.contains(ChampEngagement.ACCORD) && !accord) {
            return Optional.of(RefusEngagement.ACCORD_MANQUANT);
        }
        if (engagement.isAfter(aujourdhui)) {
            return Optional.of(RefusEngagement.DATE_FUTURE);
        }
        if (unites.stream().anyMatch(u -> u.engageeLe().isAfter(engagement))) {
            return Optional.of(RefusEngagement.DATE_ANTERIEURE);
        }
        if (champs.contains(ChampEngagement.ELIGIBILITE) && !eligibilite.confirmee()) {
            return Optional.of(RefusEngagement.NON_ELIGIBLE);
        }
        if (unites.stream().anyMatch(UnitePassee::enCours)) {
            return Optional.of(RefusEngagement.UNITE_EN_COURS);
        }
        if (uo == UniteOeuvre.UO2_2) {
            return verifierUo22(unites, engagement);
        }
        return Optional.empty();
    }

    private static Optional<RefusEngagement> verifierUo22(List<UnitePassee> unites, LocalDate engagement) {
        var derniereUo21 = unites.stream().filter(u -> u.uo() == UniteOeuvre.UO2_1)
                .max(Comparator.comparing(UnitePassee::engageeLe));
        if (derniereUo21.isEmpty()) {
            return Optional.of(RefusEngagement.UO22_SANS_UO21);
        }
        var uo21 = derniereUo21.get();
        if (uo21.motifCloture() == null || !uo21.motifCloture().livrableSigne()) {
            return Optional.of(RefusEngagement.UO22_PROJET_NON_SIGNE);
        }
        if (unites.stream().anyMatch(u -> u.uo() == UniteOeuvre.UO2_2 && !u.engageeLe().isBefore(uo21.engageeLe()))) {
            return Optional.of(RefusEngagement.UO22_DEJA_ENGAGEE);
        }
        var fin = UniteOeuvre.UO2_2.finDeDelai(engagement, uo21.engageeLe()).orElseThrow();
        if (!engagement.isBefore(fin)) {
            return Optional.of(RefusEngagement.UO22_DELAI_DEPASSE);
        }
        return Optional.empty();
    }

    /**
     * The units that may be engaged today, the person agreeing and rule 3 confirmed where it applies; the one that
     * comes next in the parcours (UO1, then UO2.1, then UO2.2); the days an engagement date may take (not before the
     * last unit engaged, not in the future).
     */
    public static EngagementsPossibles possibles(List<UnitePassee> unites, LocalDate aujourdhui) {
        var possibles = new ArrayList<EngagementsPossibles.UnitePossible>();
        for (var uo : UniteOeuvre.values()) {
            if (verifier(unites, uo, Eligibilite.CONFIRMEE, true, aujourdhui, aujourdhui).isEmpty()) {
                possibles.add(new EngagementsPossibles.UnitePossible(uo, champs(uo)));
            }
        }
        var derniere = unites.stream().max(Comparator.comparing(UnitePassee::engageeLe));
        var naturelle = derniere.map(u -> switch (u.uo()) {
            case UO1 -> UniteOeuvre.UO2_1;
            case UO2_1 -> UniteOeuvre.UO2_2;
            default -> UniteOeuvre.UO1;
        }).orElse(UniteOeuvre.UO1);
        var suggeree = possibles.stream().map(EngagementsPossibles.UnitePossible::uo).filter(uo -> uo == naturelle)
                .findFirst()
                .or(() -> possibles.stream().map(EngagementsPossibles.UnitePossible::uo)
                        .filter(uo -> uo != UniteOeuvre.UO0).findFirst())
                .or(() -> possibles.stream().map(EngagementsPossibles.UnitePossible::uo).findFirst());
        var aucune = possibles.isEmpty()
                ? verifier(unites, UniteOeuvre.UO0, Eligibilite.CONFIRMEE, true, aujourdhui, aujourdhui)
                : Optional.<RefusEngagement>empty();
        return new EngagementsPossibles(List.copyOf(possibles), suggeree, aucune,
                new Bornes(derniere.map(UnitePassee::engageeLe).orElse(null), aujourdhui));
    }

    /** The engagement date of the UO2.1 a UO2.2 follows (its period runs from it). */
    public static Optional<LocalDate> engagementUo21Precedente(List<UnitePassee> unites) {
        return unites.stream().filter(u -> u.uo() == UniteOeuvre.UO2_1).map(UnitePassee::engageeLe)
                .max(Comparator.naturalOrder());
    }
}
