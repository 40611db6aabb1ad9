package fr.portailcep.rendezvous;

import java.time.Instant;
import java.util.UUID;

import fr.portailcep.echeance.Evenements;

/**
 * The domain events of a rendez-vous, registered by {@link RendezVous} and published when it is saved. The dossier
 * ({@code parcours}) listens to the booking, the clock ({@code echeance}) to the notes and cancellations, through
 * the facts it declares ({@link Evenements.EchangeNote}, {@link Evenements.RendezVousRetire}). See DD011.
 */
public final class EvenementsRendezVous {

    private EvenementsRendezVous() {
    }

    /** Booked (on the portal, by a conseiller for a caller, or imported); {@code demandeId} null for an import without request. */
    public record RendezVousReserve(UUID rendezVousId, UUID beneficiaireId, UUID conseillerId, UUID demandeId,
            Instant debut, Modalite modalite, OrigineRendezVous origine, UUID siteId) {
    }

    /** Cancelled by the person or by the conseiller. */
    public record RendezVousAnnule(UUID rendezVousId, UUID beneficiaireId, UUID demandeId, RendezVous.Auteur par)
            implements Evenements.RendezVousRetire {

        @Override
        public boolean parLaPersonne() {
            return par == RendezVous.Auteur.BENEFICIAIRE;
        }
    }

    /** Held, missed or excused. */
    public record RendezVousNote(UUID rendezVousId, UUID beneficiaireId, UUID conseillerId, UUID demandeId,
            StatutRendezVous statut, Instant debut) implements Evenements.EchangeNote {

        @Override
        public boolean tenu() {
            return statut == StatutRendezVous.HONORE;
        }
    }
}
