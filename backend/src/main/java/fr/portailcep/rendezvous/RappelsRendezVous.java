package fr.portailcep.rendezvous;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import fr.portailcep.shared.Systeme;

/**
 * The reminder two days before a rendez-vous, with its calendar file and a link to move or cancel it. A rendez-vous
 * booked (or moved) less than two days ahead gets none: its confirmation is fresh. Each reminder is recorded on the
 * rendez-vous in the transaction that puts it in the outbox, and its idempotence key names the rendez-vous and its
 * time: a round that runs twice, a restart, a second instance send it once; a move re-arms it.
 */
@Service
public class RappelsRendezVous {

    public static final Duration AVANCE = Duration.ofDays(2);
    private static final Logger LOG = LoggerFactory.getLogger(RappelsRendezVous.class);

    private final RendezVousRepository rendezVous;
    private final CourrielsRendezVous courriels;
    private final TransactionTemplate transaction;
    private final Clock horloge;

    RappelsRendezVous(RendezVousRepository rendezVous, CourrielsRendezVous courriels, TransactionTemplate transaction,
            Clock horloge) {
        this.rendezVous = rendezVous;
        this.courriels = courriels;
        this.transaction = transaction;
        this.horloge = horloge;
    }

    /** @return the number of reminders put in the outbox in this round */
    @Systeme
    public int envoyer() {
        var maintenant = horloge.instant();
        List<UUID> aRappeler = transaction.execute(s -> rendezVous.aRappeler(maintenant, maintenant.plus(AVANCE)));
        var envoyes = 0;
        for (var id : aRappeler) {
            try {
                envoyes += transaction.execute(s -> rappeler(id));
            } catch (RuntimeException e) {
                LOG.warn("Rappel impossible pour le rendez-vous {} : {}", id, e.getMessage());
            }
        }
        return envoyes;
    }

    private int rappeler(UUID id) {
        var rdv = rendezVous.verrouiller(id).orElse(null);
        var maintenant = horloge.instant();
        if (rdv == null || rdv.statut() != StatutRendezVous.RESERVE || !rdv.debut().isAfter(maintenant)
                || rdv.debut().isAfter(maintenant.plus(AVANCE))) {
            return 0;
        }
        var envoye = 0;
        if (rdv.modifieLe().isBefore(rdv.debut().minus(AVANCE))) {
            courriels.rappel(rdv);
            envoye = 1;
        }
        rdv.rappelEnvoye();
        return envoye;
    }
}
