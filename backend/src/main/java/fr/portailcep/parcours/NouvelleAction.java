package fr.portailcep.parcours;

import java.time.LocalDate;

import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.Saisies;

/**
 * An action as typed: its kind, its sub-type code (a complementary service, a work discovery) and, for training,
 * its funding code, both from the {@link Referentiels}; a title, details, and a due date if any.
 */
public record NouvelleAction(NatureAction nature, String typeCode, String financementCode, String intitule,
        String precisions, LocalDate echeance) {

    /** Lengths of {@code action_plan.intitule} and {@code action_plan.precisions} (V403). */
    public static final int LONGUEUR_INTITULE = 300;
    public static final int LONGUEUR_PRECISIONS = 2000;

    /** A title or details that cannot be stored are refused here, both at once ({@link SaisieRefusee}). */
    public NouvelleAction {
        var saisie = Saisies.verification();
        intitule = saisie.ligne("intitule", intitule, LONGUEUR_INTITULE);
        precisions = saisie.texte("precisions", precisions, LONGUEUR_PRECISIONS);
        saisie.exiger();
    }

    /** What a person proposes: a personal step, with a title and maybe a date. */
    public static NouvelleAction proposee(String intitule, String precisions, LocalDate echeance) {
        return new NouvelleAction(NatureAction.DEMARCHE_PERSONNELLE, null, null, intitule, precisions, echeance);
    }
}
