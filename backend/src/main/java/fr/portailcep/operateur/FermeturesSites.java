package fr.portailcep.operateur;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.portailcep.shared.ActeRefuse;

/**
 * Closing a site for a few whole days, as the sites page needs it. The offer ({@code rendezvous}, which depends on
 * this module) implements it, so that the sites page reaches closures without a cycle between the two modules.
 */
public interface FermeturesSites {

    /**
     * A site closed from {@code du} to {@code au} included (local dates of the site), with the number of rendez-vous
     * booked there during it (they stay: the conseiller moves them or warns the person).
     */
    record FermetureSite(UUID id, UUID siteId, LocalDate du, LocalDate au, Optional<String> motif,
            long rendezVousMaintenus) {
    }

    /** The closure cannot be recorded: the field ("du", "au") and the key of the French text. */
    class FermetureRefusee extends ActeRefuse {

        public FermetureRefusee(String champ, String cleTexte) {
            super(fr.portailcep.shared.Saisies.Refus.de(cleTexte), champ);
        }
    }

    /** The length of a closure's reason ({@code fermeture.motif}, V301). */
    int LONGUEUR_MOTIF = 200;

    /** The closures of sites not over yet, by start. */
    List<FermetureSite> aVenir();

    FermetureSite fermer(UUID siteId, LocalDate du, LocalDate au, String motif);

    void rouvrir(UUID fermetureId);

    /** The rendez-vous booked at the site and still to come (they stay when it closes or is deactivated). */
    long rendezVousAVenir(UUID siteId);
}
