package fr.portailcep.rendezvous.ui;

import com.vaadin.flow.router.NotFoundException;

/** The personal link of a rendez-vous is unknown, expired or revoked: a "not found" with its own page. */
public class LienGestionIntrouvable extends NotFoundException {

    public LienGestionIntrouvable() {
        super("Lien de gestion introuvable");
    }
}
