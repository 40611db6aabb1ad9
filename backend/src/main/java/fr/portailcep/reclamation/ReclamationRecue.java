package fr.portailcep.reclamation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A réclamation received by letter or email, recorded by the correspondant médiation: its date of receipt (not
 * the day it is recorded) starts the clocks. It may not be in the future.
 */
public record ReclamationRecue(UUID beneficiaireId, CanalReclamation canal, LocalDate recueLe,
        NouvelleReclamation reclamation) {
}
