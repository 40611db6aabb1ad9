package fr.portailcep.echeance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The domain events of the clock, for the parcours and the pilotage to listen to. */
public final class Evenements {

    private Evenements() {
    }

    /** A first request was recorded: its clock started. */
    public record DemandeEnregistree(UUID demandeId, UUID beneficiaireId, Instant demandeeLe, LocalDate dateLimite,
            CanalDemande canal, UUID aiguillageId) {
    }

    /** A first exchange with a conseiller was held: the clock stopped. */
    public record PremierEchangeTenu(UUID demandeId, UUID beneficiaireId, Instant premierEchangeLe,
            long joursOuvres, boolean dansLeDelai) {
    }

    /** The person left a number to be called back. */
    public record RappelDemande(UUID demandeId, UUID rappelId, UUID beneficiaireId) {
    }

    /** The person withdrew their request (cancelled and asked for nothing else). */
    public record DemandeRetiree(UUID demandeId, UUID beneficiaireId, Instant le) {
    }
}
