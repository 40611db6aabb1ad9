package fr.portailcep.messagerie;

/** A file as received from the person's device, not checked yet. */
public record FichierEnvoye(String nom, byte[] contenu) {
}
