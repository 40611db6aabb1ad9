package fr.portailcep.parcours;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A unit's document was signed by everyone and sealed: the unit closes, in the same transaction as the seal, with
 * the motive the signature gives (CCTP §1.2.6) — a livrable signed (electronically or on paper) for UO1 and UO2.1,
 * the written wish to close for UO2.2 — and the closing enters the dossier's history. For a UO2.1, the person's
 * wish for UO2.2 is kept with the unit. A unit closed this way is no longer in progress: the abandon job leaves it.
 */
@Component
class ClotureParSignature {

    private final DossierRepository dossiers;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    ClotureParSignature(DossierRepository dossiers, ApplicationEventPublisher evenements, Clock horloge) {
        this.dossiers = dossiers;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    @EventListener
    public void livrableSigne(LivrableSigneParTous fait) {
        var dossier = dossiers.findByBeneficiaireId(fait.beneficiaireId()).orElseThrow(ElementIntrouvable::new);
        var motif = switch (fait.uo()) {
            case UO2_2 -> MotifCloture.SOUHAIT_ECRIT_DE_CLORE;
            default -> fait.papier() ? MotifCloture.LIVRABLE_SIGNE_PAPIER : MotifCloture.LIVRABLE_SIGNE;
        };
        var unite = dossier.clore(fait.uo(), motif, LocalDate.ofInstant(fait.signeLe(), horloge.getZone()),
                fait.conseillerId(), LocalDate.now(horloge), horloge.instant());
        if (fait.uo() == UniteOeuvre.UO2_1) {
            unite.noterSouhaitUo22(fait.souhaitUo22());
        }
        dossiers.saveAndFlush(dossier);
        evenements.publishEvent(new UniteCloturee(dossier.beneficiaireId(), unite.id(), unite.uo(), motif,
                unite.conseillerId(), dossier.siteId().orElse(null), unite.closeLe().orElseThrow(), horloge.instant()));
    }
}
