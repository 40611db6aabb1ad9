package fr.portailcep.reclamation;

import java.util.List;

import fr.portailcep.messagerie.FichierEnvoye;

/**
 * A réclamation as the person writes it. Texts are checked by {@code Saisies} where they enter the domain (field
 * names are these components' names); attachments by the same checks as message attachments.
 *
 * @param motif the code of a {@link MotifReclamation}
 * @param faits what happened
 * @param attentes what the person expects
 */
public record NouvelleReclamation(String motif, String faits, String attentes, List<FichierEnvoye> pieces) {

    public static final int LONGUEUR_FAITS = 4000;
    public static final int LONGUEUR_ATTENTES = 2000;
}
