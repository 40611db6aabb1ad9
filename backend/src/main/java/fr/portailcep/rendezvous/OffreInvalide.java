package fr.portailcep.rendezvous;

/**
 * A change of the offer that cannot be made, with the bundle key of the message to show beside the field it
 * concerns.
 */
public class OffreInvalide extends RuntimeException {

    private final String champ;
    private final String cleMessage;

    public OffreInvalide(String champ, String cleMessage) {
        super(cleMessage);
        this.champ = champ;
        this.cleMessage = cleMessage;
    }

    /** The field concerned ("debut", "fin", "modalites", "site", "du", "au"…). */
    public String champ() {
        return champ;
    }

    public String cleMessage() {
        return cleMessage;
    }
}
