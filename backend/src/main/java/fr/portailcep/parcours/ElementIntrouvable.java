package fr.portailcep.parcours;

import fr.portailcep.shared.Introuvable;

/**
 * Thrown when an id does not exist or is not the caller's to see: both look the same, so that nobody learns
 * whether another person's dossier, action or message exists.
 */
public class ElementIntrouvable extends Introuvable {

    public ElementIntrouvable() {
        super();
    }
}
