package fr.portailcep.rendezvous;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A slot as the person sees it: a time, a site (none for a slot offered only at a distance, when the person chose
 * the phone or video), and the modalities possible then. Behind it, one or more conseillers are free.
 */
public record CreneauPropose(UUID siteId, Instant debut, Instant fin, Set<Modalite> modalites) {

    public CreneauPropose {
        modalites = Set.copyOf(modalites);
    }

    public Optional<UUID> site() {
        return Optional.ofNullable(siteId);
    }
}
