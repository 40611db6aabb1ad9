package fr.portailcep.aiguillage;

import java.time.Instant;
import java.util.UUID;

/** Published when an aiguillage (UO0) is recorded, and again when the person chooses to continue here. */
public record AiguillageEnregistre(UUID aiguillageId, String numeroDossier, Instant realiseLe,
        Orientation orientationProposee, Orientation orientationRetenue, ModeContact modeContact) {
}
