package fr.portailcep.parcours;

import fr.portailcep.shared.ActeRefuse;

/** A unit of work that the rules do not allow to engage; shown beside the date when the date is why. */
public class EngagementRefuse extends ActeRefuse {

    private final RefusEngagement refus;

    public EngagementRefuse(RefusEngagement refus) {
        super(fr.portailcep.shared.Saisies.Refus.de(refus.cleMessage()), refus.champ().orElse(null));
        this.refus = refus;
    }

    /** Which rule refused it (its text is {@link #cle()}). */
    public RefusEngagement raison() {
        return refus;
    }
}
