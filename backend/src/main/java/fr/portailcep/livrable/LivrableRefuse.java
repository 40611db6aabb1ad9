package fr.portailcep.livrable;

import fr.portailcep.shared.ActeRefuse;
import fr.portailcep.shared.Saisies;

/** A rule of the livrable refused an act: the key of the French text, and the field when one is concerned. */
public class LivrableRefuse extends ActeRefuse {

    public LivrableRefuse(String cle, Object... arguments) {
        super(Saisies.Refus.de(cle, arguments), null);
    }

    private LivrableRefuse(Saisies.Refus raison, String champ) {
        super(raison, champ);
    }

    public static LivrableRefuse surLeChamp(String champ, String cle, Object... arguments) {
        return new LivrableRefuse(Saisies.Refus.de(cle, arguments), champ);
    }
}
