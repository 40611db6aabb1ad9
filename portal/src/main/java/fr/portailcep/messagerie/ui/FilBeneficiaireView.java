package fr.portailcep.messagerie.ui;

import java.time.Clock;

import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.messagerie.MessagerieService;
import fr.portailcep.shared.ui.PortailLayout;

/** A thread of mine, on a phone. Another person's thread answers "page not found". */
@Route(value = "messages/:id", layout = PortailLayout.class)
@RolesAllowed("BENEFICIAIRE")
public class FilBeneficiaireView extends FilView {

    public FilBeneficiaireView(MessagerieService messagerie, Clock horloge) {
        super(messagerie, horloge, true);
    }
}
