package fr.portailcep.shared.ui;

import com.vaadin.flow.server.VaadinRequest;

import fr.portailcep.compte.OrigineRequete;

/** Where the current Vaadin request comes from. */
public final class Origine {

    private Origine() {
    }

    public static OrigineRequete courante() {
        var requete = VaadinRequest.getCurrent();
        if (requete == null) {
            return OrigineRequete.INCONNUE;
        }
        return new OrigineRequete(requete.getRemoteAddr(), requete.getHeader("User-Agent"));
    }
}
