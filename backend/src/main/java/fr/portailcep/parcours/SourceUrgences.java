package fr.portailcep.parcours;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Extension point of the conseiller's caseload: each feature declares a bean that says what is urgent for this
 * conseiller (messages waiting; first exchanges due, from the rendez-vous feature). A source may return people the
 * conseiller does not follow yet (a first request at their site): they join the caseload.
 */
public interface SourceUrgences {

    /**
     * @param conseillerId the conseiller's account
     * @param suivis the bénéficiaires whose dossier this conseiller follows
     */
    List<Urgence> urgences(UUID conseillerId, Set<UUID> suivis, LocalDate aujourdhui);
}
