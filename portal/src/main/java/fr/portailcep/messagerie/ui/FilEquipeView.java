package fr.portailcep.messagerie.ui;

import java.time.Clock;

import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.messagerie.MessagerieService;
import fr.portailcep.shared.ui.EspaceProLayout;

/** A thread, for the conseiller (or manager) who may see the person's dossier. */
@Route(value = "conseiller/messages/:id", layout = EspaceProLayout.class)
@RolesAllowed({"CONSEILLER", "MANAGER"})
public class FilEquipeView extends FilView {

    public FilEquipeView(MessagerieService messagerie, Clock horloge) {
        super(messagerie, horloge, false);
    }
}
