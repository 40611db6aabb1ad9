package fr.portailcep.parcours;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.beneficiaire.PersonneTrouvee;

/**
 * The conseiller's side of the caseload (read model): the people they follow, most urgent first, and the search of
 * any person they may see. Records made for the views, never entities.
 */
@Service
public class SuiviConseiller {

    private static final Logger LOG = LoggerFactory.getLogger(SuiviConseiller.class);

    private final DossierRepository dossiers;
    private final ActionPlanRepository actions;
    private final AccesDossiers acces;
    private final BeneficiaireService beneficiaires;
    private final List<SourceUrgences> sourcesUrgences;
    private final Clock horloge;

    SuiviConseiller(DossierRepository dossiers, ActionPlanRepository actions, AccesDossiers acces,
            BeneficiaireService beneficiaires, List<SourceUrgences> sourcesUrgences, Clock horloge) {
        this.dossiers = dossiers;
        this.actions = actions;
        this.acces = acces;
        this.beneficiaires = beneficiaires;
        this.sourcesUrgences = sourcesUrgences;
        this.horloge = horloge;
    }

    /**
     * The caseload of the conseiller signed in, most urgent first: units about to end, actions overdue, proposals
     * to validate, and what the other features report (messages waiting, first exchanges due).
     */
    @PreAuthorize("hasRole('CONSEILLER')")
    @Transactional(readOnly = true)
    public List<LigneSuivi> portefeuille() {
        var moi = acces.moi();
        var aujourdhui = LocalDate.now(horloge);
        var parBeneficiaire = new LinkedHashMap<UUID, VueDossier>();
        dossiers.suivisPar(moi.id()).forEach(d -> parBeneficiaire.put(d.beneficiaireId(), VueDossier.unitesSeules(d)));
        var suivis = List.copyOf(parBeneficiaire.values());
        var actionsSuivies = suivis.isEmpty() ? List.<VueAction>of()
                : actions.findByDossierIdInOrderByCreeLe(suivis.stream().map(VueDossier::id).toList()).stream()
                        .map(a -> VueAction.de(a, aujourdhui)).toList();

        var urgences = new HashMap<UUID, List<Urgence>>();
        UrgencesDuParcours.de(suivis, actionsSuivies, aujourdhui, horloge.getZone())
                .forEach(u -> urgences.computeIfAbsent(u.beneficiaireId(), k -> new ArrayList<>()).add(u));
        var ids = Set.copyOf(parBeneficiaire.keySet());
        for (var source : sourcesUrgences) {
            try {
                source.urgences(moi.id(), ids, aujourdhui).forEach(u -> urgences
                        .computeIfAbsent(u.beneficiaireId(), k -> new ArrayList<>()).add(u));
            } catch (RuntimeException e) {
                // One feature failing must not empty the conseiller's caseload.
                LOG.warn("Source d’urgences {} en échec : {}", source.getClass().getSimpleName(), e.getMessage());
            }
        }
        var personnes = new LinkedHashSet<UUID>(parBeneficiaire.keySet());
        // People a source reports who are not followed yet (a first request at the site): only if visible.
        urgences.keySet().stream().filter(id -> !parBeneficiaire.containsKey(id))
                .filter(id -> acces.peutConsulter(moi, id)).forEach(personnes::add);
        var noms = beneficiaires.nomsPourLeSysteme(personnes);
        var lignes = new ArrayList<LigneSuivi>();
        for (var id : personnes) {
            var dossier = parBeneficiaire.containsKey(id) ? java.util.Optional.of(parBeneficiaire.get(id))
                    : dossiers.findByBeneficiaireId(id).map(VueDossier::unitesSeules);
            lignes.add(new LigneSuivi(id, noms.getOrDefault(id, "?"), dossier.flatMap(VueDossier::uniteEnCours),
                    dossier.flatMap(VueDossier::referentId).map(moi.id()::equals).orElse(false),
                    urgences.getOrDefault(id, List.of())));
        }
        lignes.sort(LigneSuivi.PAR_URGENCE);
        return lignes;
    }

    /**
     * The people the conseiller may see whose name or address contains the text, accents and case ignored; one
     * indexed query with the access rule inside (see {@link BeneficiaireService#rechercher}).
     */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<PersonneTrouvee> rechercher(String texte) {
        return beneficiaires.rechercher(texte);
    }
}
