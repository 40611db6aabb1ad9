package fr.portailcep.messagerie;

import fr.portailcep.shared.ActeRefuse;

/** A message that cannot be sent as it is (nothing in it, too many or too large attachments). */
public class MessageRefuse extends ActeRefuse {

    MessageRefuse(String champ, String cle) {
        super(fr.portailcep.shared.Saisies.Refus.de(cle), champ);
    }
}
