package fr.portailcep.shared;

/**
 * Thrown when an id does not exist or is not the caller's to see: both look the same (HTTP 404), so that nobody
 * learns whether another person's dossier, action, message or request exists.
 */
public class Introuvable extends RuntimeException {

    public Introuvable() {
        super("Introuvable");
    }
}
