package fr.portailcep.parcours;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActionPlanRepository extends JpaRepository<ActionPlan, UUID> {

    List<ActionPlan> findByDossierIdOrderByCreeLe(UUID dossierId);

    List<ActionPlan> findByDossierIdInOrderByCreeLe(Collection<UUID> dossierIds);

    /** Overdue actions not reminded yet for their due date. */
    @Query("select a.id from ActionPlan a where a.statut in (fr.portailcep.parcours.StatutAction.A_FAIRE,"
            + " fr.portailcep.parcours.StatutAction.EN_COURS) and a.echeance < :aujourdhui"
            + " and (a.relanceePour is null or a.relanceePour <> a.echeance)")
    List<UUID> aRelancer(LocalDate aujourdhui);
}
