package fr.portailcep.parcours;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.echeance.RendezVousPrevus;

/** The conseiller's caseload shows each first exchange still due, with its deadline of 30 working days. */
@Component
class PremiersEchanges implements SourceUrgences {

    private final EcheancesService echeances;
    private final List<RendezVousPrevus> rendezVousPrevus;

    PremiersEchanges(EcheancesService echeances, List<RendezVousPrevus> rendezVousPrevus) {
        this.echeances = echeances;
        this.rendezVousPrevus = rendezVousPrevus;
    }

    @Override
    public List<Urgence> urgences(UUID conseillerId, Set<UUID> suivis, LocalDate aujourdhui) {
        var demandes = suivis.stream().map(echeances::demandeOuverte).flatMap(java.util.Optional::stream).toList();
        // One query for every planned rendez-vous, not one per person.
        var ids = demandes.stream().map(d -> d.id()).toList();
        var prochains = new java.util.HashMap<UUID, java.time.Instant>();
        rendezVousPrevus.forEach(p -> p.prochains(ids).forEach((demande, debut) -> prochains.merge(demande, debut,
                (a, b) -> a.isBefore(b) ? a : b)));
        var urgences = new ArrayList<Urgence>();
        for (var demande : demandes) {
            var limite = demande.dateLimite();
            var prochain = prochains.get(demande.id());
            var libelle = prochain != null
                    ? Libelle.de("parcours.urgence.premier-echange.prevu",
                            prochain.atZone(demande.territoire().fuseauHoraire()).toLocalDate(), limite)
                    : Libelle.de("parcours.urgence.premier-echange.a-fixer", limite);
            urgences.add(new Urgence(demande.beneficiaireId(), Urgence.Type.PREMIER_ECHANGE, demande.dateLimite(),
                    libelle));
        }
        return urgences;
    }
}
