package fr.portailcep.parcours;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.CompteService;
import fr.portailcep.shared.Systeme;

/**
 * The abandon job (run by {@link ParcoursTaches}): closes as abandon every unit whose period has ended with no
 * signed livrable, and tells the person and the référent.
 */
@Service
public class ClotureDesUnitesEchues {

    private static final Logger LOG = LoggerFactory.getLogger(ClotureDesUnitesEchues.class);

    private final DossierRepository dossiers;
    private final BeneficiaireService beneficiaires;
    private final CompteService comptes;
    private final NotificationsParcours notifications;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    ClotureDesUnitesEchues(DossierRepository dossiers, BeneficiaireService beneficiaires, CompteService comptes,
            NotificationsParcours notifications, TransactionTemplate transaction, ApplicationEventPublisher evenements,
            Clock horloge) {
        this.evenements = evenements;
        this.dossiers = dossiers;
        this.beneficiaires = beneficiaires;
        this.comptes = comptes;
        this.notifications = notifications;
        this.transaction = transaction;
        this.horloge = horloge;
    }

    /**
     * Each dossier in its own transaction. Idempotent: a unit closes once, a second run (or a run after a restart)
     * finds nothing more to do.
     *
     * @return the number of units closed
     */
    @Systeme
    public int cloreUnitesEchues() {
        var aujourdhui = LocalDate.now(horloge);
        var total = 0;
        for (var id : transaction.execute(s -> dossiers.avecUnitesEchues(aujourdhui))) {
            try {
                Integer closes = transaction.execute(s -> {
                    var dossier = dossiers.findById(id).orElseThrow();
                    var referent = dossier.referentId().or(dossier::conseillerId);
                    var unites = dossier.cloreUnitesEchues(aujourdhui, horloge.instant());
                    dossiers.saveAndFlush(dossier);
                    var personne = beneficiaires.parIdPourLeSysteme(dossier.beneficiaireId());
                    for (var unite : unites) {
                        // Its unsigned livrable, if any, becomes caduc in this same transaction.
                        evenements.publishEvent(new UniteAbandonnee(dossier.beneficiaireId(), unite.id(), unite.uo()));
                        evenements.publishEvent(new UniteCloturee(dossier.beneficiaireId(), unite.id(), unite.uo(),
                                MotifCloture.ABANDON, unite.conseillerId(), dossier.siteId().orElse(null),
                                unite.closeLe().orElseThrow(), horloge.instant()));
                        notifications.abandon(personne, referent.flatMap(comptes::parId), unite);
                    }
                    return unites.size();
                });
                total += closes == null ? 0 : closes;
            } catch (RuntimeException e) {
                // A dossier changed at the same moment is taken again at the next run.
                LOG.warn("Clôture pour abandon du dossier {} reportée : {}", id, e.getMessage());
            }
        }
        return total;
    }
}
