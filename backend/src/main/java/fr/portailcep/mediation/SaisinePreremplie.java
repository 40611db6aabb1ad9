package fr.portailcep.mediation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What the referral form shows prefilled: the réclamation, the operator's answer and the person's reason. */
public record SaisinePreremplie(UUID reclamationId, String numeroReclamation, String motif, String faits,
        String attentes, LocalDate recueLe, String reponse, Instant reponduLe, String raison) {
}
