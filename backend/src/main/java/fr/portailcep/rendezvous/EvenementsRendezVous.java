package fr.portailcep.rendezvous;

import java.time.Instant;
import java.util.UUID;

/** The domain events of rendez-vous, for the parcours and the pilotage to listen to. */
public final class EvenementsRendezVous {

    private EvenementsRendezVous() {
    }

    public record RendezVousReserve(UUID rendezVousId, UUID beneficiaireId, UUID conseillerId, UUID demandeId,
            Instant debut, Modalite modalite, OrigineRendezVous origine, UUID siteId) {
    }

    public record RendezVousDeplace(UUID rendezVousId, UUID beneficiaireId, UUID conseillerId, Instant debut) {
    }

    public record RendezVousAnnule(UUID rendezVousId, UUID beneficiaireId, RendezVous.Auteur par) {
    }

    /** Held, missed or excused. */
    public record RendezVousNote(UUID rendezVousId, UUID beneficiaireId, UUID conseillerId, StatutRendezVous statut,
            Instant debut) {
    }
}
