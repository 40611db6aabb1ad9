package fr.portailcep.rendezvous;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The slot a person picked: a start, a modality, the site if it matters (on site), and a conseiller only when staff
 * book in a given agenda. The conseiller is chosen at booking time among those free then.
 */
public record ChoixCreneau(UUID siteId, Instant debut, Modalite modalite, UUID conseillerId) {

    public ChoixCreneau {
        Objects.requireNonNull(debut);
        Objects.requireNonNull(modalite);
    }

    public static ChoixCreneau de(CreneauPropose creneau, Modalite modalite) {
        return new ChoixCreneau(creneau.siteId(), creneau.debut(), modalite, null);
    }
}
