package fr.portailcep.echeance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The events of the clock, and the facts of the agenda it reacts to.
 * <p>
 * {@link DemandeEnregistree} is registered by {@link DemandePremierEchange} and published when it is saved. The two
 * interfaces below are the facts the clock listens to ({@link ReactionsAuxRendezVous}); the rendez-vous feature's
 * events implement them, so that the clock reacts to the agenda without depending on it (the rendez-vous feature
 * depends on the clock, never the other way round: no cycle between the modules). See DD011.
 */
public final class Evenements {

    private Evenements() {
    }

    /** A first request was recorded: its clock started. */
    public record DemandeEnregistree(UUID demandeId, UUID beneficiaireId, Instant demandeeLe, LocalDate dateLimite,
            CanalDemande canal, UUID aiguillageId) {
    }

    /** A rendez-vous of a request was said held, missed or excused. */
    public interface EchangeNote {

        /** The request the rendez-vous belongs to, or null (an imported one). */
        UUID demandeId();

        /** When the rendez-vous started: the moment the first exchange took place, if it was held. */
        Instant debut();

        /** Whether the exchange was held (not missed, not excused). */
        boolean tenu();
    }

    /** A rendez-vous of a request was cancelled. */
    public interface RendezVousRetire {

        /** The request the rendez-vous belonged to, or null. */
        UUID demandeId();

        /** Whether the person cancelled it themself (a cancellation by the conseiller keeps the request on the clock). */
        boolean parLaPersonne();
    }
}
