package fr.portailcep.parcours;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a conseiller may engage for a person now, as the dossier answers it ({@link Dossier#engagementsPossibles}):
 * the units the rules allow today (the person agreeing and rule 3 confirmed where it applies), what each one asks
 * for, the one that naturally comes next, and the days an engagement date may take. When no unit is possible,
 * {@code aucune} says why (a unit in progress).
 */
public record EngagementsPossibles(List<UnitePossible> unites, Optional<UniteOeuvre> suggeree,
        Optional<RefusEngagement> aucune, Bornes dates) {

    /** A unit that may be engaged, and what its engagement asks for. */
    public record UnitePossible(UniteOeuvre uo, Set<ChampEngagement> champs) {

        public boolean demande(ChampEngagement champ) {
            return champs.contains(champ);
        }
    }

    public Optional<UnitePossible> de(UniteOeuvre uo) {
        return unites.stream().filter(u -> u.uo() == uo).findFirst();
    }
}
