package fr.portailcep.rendezvous;

import fr.portailcep.shared.ActeRefuse;

/**
 * A change of the offer that cannot be made, with the bundle key of the message to show beside the field it
 * concerns; the form layer shows it like every other refusal of a rule.
 */
public class OffreInvalide extends ActeRefuse {

    public OffreInvalide(String champ, String cleMessage) {
        super(fr.portailcep.shared.Saisies.Refus.de(cleMessage), champ);
    }

    public String cleMessage() {
        return cle();
    }
}
