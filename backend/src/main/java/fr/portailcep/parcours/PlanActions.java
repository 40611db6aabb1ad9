package fr.portailcep.parcours;

import java.util.List;

/** A plan d'actions as shown: each objective with its actions. */
public record PlanActions(List<Bloc> objectifs) {

    public record Bloc(Objectif objectif, List<ActionPlan> actions) {
    }

    public List<ActionPlan> actions() {
        return objectifs.stream().flatMap(b -> b.actions().stream()).toList();
    }

    public boolean vide() {
        return objectifs.isEmpty();
    }
}
