package fr.portailcep.mediation;

import fr.portailcep.shared.ActeRefuse;
import fr.portailcep.shared.Saisies;

/** A rule of the médiation refused an act (keys of {@code i18n/mediation.properties}). */
public class SaisineRefusee extends ActeRefuse {

    public SaisineRefusee(String cle, Object... arguments) {
        super(cle, arguments);
    }

    SaisineRefusee(String champ, String cle) {
        super(Saisies.Refus.de(cle), champ);
    }
}
