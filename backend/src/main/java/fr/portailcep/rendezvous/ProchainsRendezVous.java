package fr.portailcep.rendezvous;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import fr.portailcep.echeance.RendezVousPrevus;

/** Tells the clock of first requests which rendez-vous are planned for them. */
@Component
class ProchainsRendezVous implements RendezVousPrevus {

    private final RendezVousRepository rendezVous;

    ProchainsRendezVous(RendezVousRepository rendezVous) {
        this.rendezVous = rendezVous;
    }

    @Override
    public Map<UUID, Instant> prochains(Collection<UUID> demandes) {
        var resultat = new HashMap<UUID, Instant>();
        if (demandes.isEmpty()) {
            return resultat;
        }
        for (var r : rendezVous.reservesDesDemandes(demandes)) {
            r.demandeId().ifPresent(d -> resultat.merge(d, r.debut(), (a, b) -> a.isBefore(b) ? a : b));
        }
        return resultat;
    }
}
