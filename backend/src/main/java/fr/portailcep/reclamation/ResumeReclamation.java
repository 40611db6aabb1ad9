package fr.portailcep.reclamation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of a list of réclamations (the person's, or the correspondant's desk sorted by due date).
 *
 * @param echeance the next date that matters: the acknowledgement's while it is not sent, then the answer's
 * @param personne the person's name (empty in the person's own list)
 * @param assigneA the name of the colleague it is assigned to, or null
 */
public record ResumeReclamation(UUID id, String numero, UUID beneficiaireId, String personne, String motif,
        EtatReclamation etat, LocalDate recueLe, LocalDate accuseAvant, LocalDate reponseAvant, LocalDate echeance,
        boolean enRetard, String assigneA) {
}
