package fr.portailcep.reclamation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the médiation tells the réclamations (DD011: synchronous, in the médiation's transaction, so that a referral
 * and its trace in the réclamation are recorded together or not at all): a réclamation referred to the médiateur
 * (state, date, history, indicator 8.7), and the médiateur's request for access to the dossier (annexe 2 §3).
 */
@Component
class ReactionsALaMediation {

    private static final Logger LOG = LoggerFactory.getLogger(ReactionsALaMediation.class);

    private final ReclamationRepository reclamations;

    ReactionsALaMediation(ReclamationRepository reclamations) {
        this.reclamations = reclamations;
    }

    @EventListener
    @Transactional
    void porteeAuMediateur(ReclamationPorteeAuMediateur evenement) {
        var reclamation = reclamations.findById(evenement.reclamationId());
        if (reclamation.isEmpty()) {
            LOG.warn("Saisine {} : réclamation {} inconnue", evenement.saisineId(), evenement.reclamationId());
            return;
        }
        if (reclamation.get().porterAuMediateur(evenement.saisineId(), evenement.le())) {
            reclamations.save(reclamation.get());
        }
    }

    /**
     * The date is kept on the réclamation named, or else on the person's latest réclamation referred to the
     * médiateur; a referral with no réclamation in the portal keeps it on the médiation's side only.
     */
    @EventListener
    @Transactional
    void accesDossierDemande(AccesDossierDemandeParLeMediateur evenement) {
        var reclamation = evenement.reclamationId() != null
                ? reclamations.findById(evenement.reclamationId())
                        .filter(r -> evenement.beneficiaireId() == null
                                || r.beneficiaireId().equals(evenement.beneficiaireId()))
                : reclamations.findFirstByBeneficiaireIdAndEtatOrderByPorteeAuMediateurLeDesc(
                        evenement.beneficiaireId(), EtatReclamation.PORTEE_AU_MEDIATEUR);
        reclamation.filter(r -> r.accesDossierDemande(evenement.le())).ifPresent(reclamations::save);
    }
}
