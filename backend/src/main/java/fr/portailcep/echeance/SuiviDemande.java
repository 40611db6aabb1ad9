package fr.portailcep.echeance;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * An open request as a manager follows it: the person's name, its due date, the working days left, the stage reached, the call-back
 * the person asked for, the next rendez-vous planned and the alerts already sent.
 */
public record SuiviDemande(DemandePremierEchange demande, String personne, long joursOuvresRestants, boolean enRetard,
        Optional<Palier> palier, Optional<DemandeRappel> rappel, Optional<Instant> prochainRendezVous,
        Set<Palier> alertesEmises) {

    /** True when no rendez-vous is planned on or before the due date. */
    public boolean sansRendezVousAvantEcheance() {
        return prochainRendezVous.map(r -> r.atZone(demande.territoire().fuseauHoraire()).toLocalDate()
                .isAfter(demande.dateLimite())).orElse(true);
    }
}
