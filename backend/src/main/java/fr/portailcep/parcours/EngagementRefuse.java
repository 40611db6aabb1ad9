package fr.portailcep.parcours;

/** A unit of work that the rules do not allow to engage. */
public class EngagementRefuse extends RuntimeException {

    private final RefusEngagement refus;

    public EngagementRefuse(RefusEngagement refus) {
        super(refus.name());
        this.refus = refus;
    }

    public RefusEngagement refus() {
        return refus;
    }
}
