package fr.portailcep.parcours;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.echeance.RendezVousPrevus;
import fr.portailcep.shared.Textes;

/** The conseiller's caseload shows each first exchange still due, with its deadline of 30 working days. */
@Component
class PremiersEchanges implements SourceUrgences {

    private final EcheancesService echeances;
    private final List<RendezVousPrevus> rendezVousPrevus;
    private final Textes textes;

    PremiersEchanges(EcheancesService echeances, List<RendezVousPrevus> rendezVousPrevus, Textes textes) {
        this.echeances = echeances;
        this.rendezVousPrevus = rendezVousPrevus;
        this.textes = textes;
    }

    @Override
    public List<Urgence> urgences(UUID conseillerId, Set<UUID> suivis, LocalDate aujourdhui) {
        var urgences = new ArrayList<Urgence>();
        for (var beneficiaireId : suivis) {
            echeances.demandeOuverte(beneficiaireId).ifPresent(demande -> {
                var prochain = rendezVousPrevus.stream()
                        .flatMap(p -> p.prochains(List.of(demande.id())).values().stream())
                        .min(java.util.Comparator.naturalOrder());
                var limite = DatesFr.jour(demande.dateLimite());
                var libelle = prochain.isPresent()
                        ? textes.get("parcours.urgence.premier-echange.prevu",
                                DatesFr.jour(prochain.get().atZone(demande.territoire().fuseauHoraire()).toLocalDate()),
                                limite)
                        : textes.get("parcours.urgence.premier-echange.a-fixer", limite);
                urgences.add(new Urgence(beneficiaireId, Urgence.Type.PREMIER_ECHANGE, demande.dateLimite(), libelle));
            });
        }
        return urgences;
    }
}
