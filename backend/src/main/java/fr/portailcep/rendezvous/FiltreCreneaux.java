package fr.portailcep.rendezvous;

import java.util.UUID;

/** What the person filters on: a modality, a site (both optional). */
public record FiltreCreneaux(Modalite modalite, UUID siteId) {

    public static final FiltreCreneaux TOUS = new FiltreCreneaux(null, null);

    /** Slots offered at a distance are shown once, whatever the site of the conseiller. */
    boolean aDistance() {
        return modalite != null && modalite.aDistance();
    }
}
