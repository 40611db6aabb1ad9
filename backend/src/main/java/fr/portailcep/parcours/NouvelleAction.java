package fr.portailcep.parcours;

import java.time.LocalDate;

/**
 * An action as typed: its kind, its sub-type code (a complementary service, a work discovery) and, for training,
 * its funding code, both from the {@link Referentiels}; a title, details, and a due date if any.
 */
public record NouvelleAction(NatureAction nature, String typeCode, String financementCode, String intitule,
        String precisions, LocalDate echeance) {

    /** What a person proposes: a personal step, with a title and maybe a date. */
    public static NouvelleAction proposee(String intitule, String precisions, LocalDate echeance) {
        return new NouvelleAction(NatureAction.DEMARCHE_PERSONNELLE, null, null, intitule, precisions, echeance);
    }
}
