package fr.portailcep.parcours;

/** A status change not allowed in the current state; the key names its message in the bundles. */
public class OperationRefusee extends RuntimeException {

    private final String cle;

    public OperationRefusee(String cle) {
        super(cle);
        this.cle = cle;
    }

    public String cle() {
        return cle;
    }
}
