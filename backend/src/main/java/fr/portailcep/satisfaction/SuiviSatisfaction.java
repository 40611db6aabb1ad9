package fr.portailcep.satisfaction;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.parcours.UniteCloturee;

/**
 * At each closing of UO1, UO2.1 or UO2.2 (signed or abandon), the survey and its courriel, in the transaction that
 * closes the unit: both exist with the closing or neither does. A closing heard twice makes one survey (unique key
 * on the unit).
 */
@Component
class SuiviSatisfaction {

    private final EnqueteRepository enquetes;
    private final BeneficiaireService beneficiaires;
    private final CourrielsSatisfaction courriels;

    SuiviSatisfaction(EnqueteRepository enquetes, BeneficiaireService beneficiaires,
            CourrielsSatisfaction courriels) {
        this.enquetes = enquetes;
        this.beneficiaires = beneficiaires;
        this.courriels = courriels;
    }

    @EventListener
    public void uniteCloturee(UniteCloturee cloture) {
        if (!EnqueteSatisfaction.concerne(cloture.uo()) || enquetes.existsByUniteId(cloture.uniteId())) {
            return;
        }
        var enquete = enquetes.saveAndFlush(new EnqueteSatisfaction(cloture));
        beneficiaires.parIdPourLeSysteme(cloture.beneficiaireId())
                .ifPresent(personne -> courriels.invitation(enquete, personne));
    }
}
