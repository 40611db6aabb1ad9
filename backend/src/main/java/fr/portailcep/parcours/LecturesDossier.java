package fr.portailcep.parcours;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.operateur.OperateurService;

/**
 * What the read models of the parcours share: a dossier copied into records, its actions, whom the person deals
 * with and the timeline. Called inside their read-only transactions, once the access has been checked.
 */
@Component
class LecturesDossier {

    private static final Logger LOG = LoggerFactory.getLogger(LecturesDossier.class);

    private final DossierRepository dossiers;
    private final ActionPlanRepository actions;
    private final CompteService comptes;
    private final OperateurService operateurs;
    private final List<ContributionParcours> contributions;
    private final Clock horloge;

    LecturesDossier(DossierRepository dossiers, ActionPlanRepository actions, CompteService comptes,
            OperateurService operateurs, List<ContributionParcours> contributions, Clock horloge) {
        this.dossiers = dossiers;
        this.actions = actions;
        this.comptes = comptes;
        this.operateurs = operateurs;
        this.contributions = contributions;
        this.horloge = horloge;
    }

    Optional<VueDossier> dossier(UUID beneficiaireId) {
        return dossiers.findByBeneficiaireId(beneficiaireId).map(VueDossier::de);
    }

    List<VueAction> actions(Optional<VueDossier> dossier) {
        var aujourdhui = LocalDate.now(horloge);
        return dossier.map(d -> actions.findByDossierIdOrderByCreeLe(d.id()).stream()
                .map(a -> VueAction.de(a, aujourdhui)).toList()).orElse(List.of());
    }

    /** The name of an account met in a dossier (a référent, an author), whoever reads it. */
    String nom(UUID compteId) {
        return comptes.parId(compteId).map(Compte::nomAffiche).orElse("");
    }

    Optional<Contact> contact(VueDossier dossier) {
        var referent = dossier.referentId();
        return referent.or(dossier::conseillerId).flatMap(comptes::parId)
                .map(c -> new Contact(c.id(), c.prenom(), c.nom(), referent.isPresent(),
                        dossier.siteId().flatMap(operateurs::site).map(Contact.Lieu::de)));
    }

    List<EtapeParcours> frise(UUID beneficiaireId, Optional<VueDossier> dossier, List<VueAction> actionsDuDossier) {
        var aujourdhui = LocalDate.now(horloge);
        var autres = new ArrayList<EtapeParcours>();
        for (var contribution : contributions) {
            try {
                autres.addAll(contribution.etapes(beneficiaireId, aujourdhui));
            } catch (RuntimeException e) {
                LOG.warn("Contribution au parcours {} en échec : {}", contribution.getClass().getSimpleName(),
                        e.getMessage());
            }
        }
        return ConstructionFrise.etapes(dossier, actionsDuDossier, this::nom, horloge.getZone(), autres);
    }
}
