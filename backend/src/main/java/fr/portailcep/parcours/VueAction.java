package fr.portailcep.parcours;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * An action of a plan as the timeline, the caseload and "Mon parcours" read it. Whether it is overdue is the answer
 * of {@link ActionPlan#estEnRetard}, taken when the copy is made.
 */
public record VueAction(UUID id, UUID dossierId, String intitule, StatutAction statut, Optional<LocalDate> echeance,
        boolean validee, Instant creeLe, boolean enRetard) {

    static VueAction de(ActionPlan a, LocalDate aujourdhui) {
        return new VueAction(a.id(), a.dossierId(), a.intitule(), a.statut(), a.echeance(), a.validee(), a.creeLe(),
                a.estEnRetard(aujourdhui));
    }

    /** To do or in progress. */
    public boolean aFaire() {
        return statut == StatutAction.A_FAIRE || statut == StatutAction.EN_COURS;
    }
}
