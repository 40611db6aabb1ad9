package fr.portailcep.rendezvous;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import fr.portailcep.echeance.CanalDemande;
import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.echeance.Territoire;
import fr.portailcep.shared.Saisies;

/**
 * What the first contact (the aiguillage) hands over to the booking: where the person lives (their territory, hence
 * their public holidays), when they first asked (the start of their 30-working-day clock), how, and a short summary
 * of their request for the conseiller.
 *
 * @param aiguillageId the UO0 record, if the request went through one
 * @param reference its national dossier number
 */
public record ContexteDemande(UUID aiguillageId, String reference, Territoire territoire, Instant premierContactLe,
        CanalDemande canal, String resume) {

    public ContexteDemande {
        Objects.requireNonNull(territoire);
        Objects.requireNonNull(premierContactLe);
        Objects.requireNonNull(canal);
        if (reference != null && !reference.matches("[A-Z0-9]{2}[0-9]{12}")) {
            throw new IllegalArgumentException("Numéro de dossier invalide");
        }
        resume = Saisies.ouNull(Saisies.texte("resume", resume, RendezVous.LONGUEUR_RESUME));
    }

    /** The date by which a first exchange is due, if no request is open for this person yet. */
    public java.time.LocalDate dateLimite() {
        return EcheancesService.dateLimite(territoire, premierContactLe);
    }
}
