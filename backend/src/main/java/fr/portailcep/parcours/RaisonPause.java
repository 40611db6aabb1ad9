package fr.portailcep.parcours;

/**
 * Why an action is paused, as the person chose it ("j'ai un doute" first: a doubt is a valid reason). Stored as
 * its name, translated at display ({@code action.pause.raison.<name in lower case>}); {@link #AUTRE} needs a text.
 */
public enum RaisonPause {
    DOUTE, TEMPS, PERSONNEL, ATTENTE, AUTRE;

    /** The key of its label in the bundles. */
    public String cle() {
        return "action.pause.raison." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
