package fr.portailcep.parcours;

import fr.portailcep.shared.ActeRefuse;

/**
 * A rule of the parcours refused an act (a status change not allowed in the current state, a date out of bounds…);
 * the key names its message in the bundles, and the field of the form it is about when there is one.
 */
public class OperationRefusee extends ActeRefuse {

    public OperationRefusee(String cle) {
        super(cle);
    }

    private OperationRefusee(String champ, String cle) {
        super(fr.portailcep.shared.Saisies.Refus.de(cle), champ);
    }

    /** A refusal about one field of the command (its name in the record or the service method). */
    public static OperationRefusee surLeChamp(String champ, String cle) {
        return new OperationRefusee(champ, cle);
    }
}
