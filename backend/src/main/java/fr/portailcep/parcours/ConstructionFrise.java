package fr.portailcep.parcours;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Builds the timeline of a parcours from copies of the dossier and its actions: plain data in, items with keys and
 * arguments out (the view translates them). No Spring, no database: tested with tables of cases.
 */
final class ConstructionFrise {

    private ConstructionFrise() {
    }

    /**
     * @param nomDe the name to show for an account (the référent)
     * @param autres items given by other features (rendez-vous, livrables), mixed in by date
     */
    static List<EtapeParcours> etapes(Optional<VueDossier> dossier, List<VueAction> actions,
            Function<UUID, String> nomDe, ZoneId zone, List<EtapeParcours> autres) {
        var etapes = new ArrayList<EtapeParcours>();
        dossier.ifPresent(d -> {
            d.unites().forEach(u -> etapes.addAll(unite(u)));
            for (var evenement : d.evenements()) {
                switch (evenement.type()) {
                    case REFERENT_NOMME, REFERENT_CHANGE -> etapes.add(new EtapeParcours(
                            jourDuReferent(d, evenement, zone), EtapeParcours.NatureEtape.EVENEMENT,
                            Libelle.de("parcours.etape.referent", evenement.compteCible().map(nomDe).orElse("")),
                            Optional.of(Libelle.de("parcours.etape.referent.detail"))));
                    case DOSSIER_ROUVERT -> etapes.add(new EtapeParcours(
                            LocalDate.ofInstant(evenement.horodatage(), zone), EtapeParcours.NatureEtape.EVENEMENT,
                            Libelle.de("parcours.etape.rouvert"), Optional.empty()));
                    default -> {
                        // The other events are the team's history, not the person's timeline.
                    }
                }
            }
        });
        for (var action : actions) {
            if (action.statut().active() && action.echeance().isPresent()) {
                etapes.add(new EtapeParcours(action.echeance().get(), EtapeParcours.NatureEtape.ACTION,
                        Libelle.de("parcours.etape.action", action.intitule()),
                        Optional.of(Libelle.de(action.enRetard() ? "parcours.etape.action.retard"
                                : "parcours.etape.action.detail"))));
            }
        }
        etapes.addAll(autres);
        etapes.sort(Comparator.comparing(EtapeParcours::date));
        return etapes;
    }

    private static List<EtapeParcours> unite(VueDossier.Unite unite) {
        var nom = Libelle.de("uo.nom." + unite.uo().name());
        var etapes = new ArrayList<EtapeParcours>();
        etapes.add(new EtapeParcours(unite.engageeLe(), EtapeParcours.NatureEtape.UNITE,
                Libelle.de("parcours.etape.debut", nom, unite.uo().libelle()),
                Optional.of(Libelle.de("parcours.etape.debut.detail", unite.numero().affiche()))));
        if (unite.enCours()) {
            unite.finDeDelai().ifPresent(fin -> etapes.add(new EtapeParcours(fin, EtapeParcours.NatureEtape.FIN_UNITE,
                    Libelle.de("parcours.etape.fin", nom),
                    Optional.of(Libelle.de("parcours.etape.fin.detail." + unite.uo().name())))));
        } else if (unite.uo() != UniteOeuvre.UO0) {
            etapes.add(new EtapeParcours(unite.closeLe().orElseThrow(), EtapeParcours.NatureEtape.UNITE,
                    Libelle.de("parcours.etape.close", nom),
                    unite.motifCloture().map(m -> Libelle.de("motif.personne." + m.name()))));
        }
        return etapes;
    }

    /**
     * A référent named with a UO2.1 shows on the day the UO2.1 was engaged, which may be earlier than the day it was
     * recorded; otherwise on the day it was recorded.
     */
    private static LocalDate jourDuReferent(VueDossier d, VueDossier.Evenement evenement, ZoneId zone) {
        return d.evenements().stream()
                .filter(e -> e.type() == TypeEvenement.UNITE_ENGAGEE && e.horodatage().equals(evenement.horodatage()))
                .flatMap(e -> e.numero().stream())
                .flatMap(n -> d.unites().stream().filter(u -> u.numero().equals(n)))
                .map(VueDossier.Unite::engageeLe).findFirst()
                .orElse(LocalDate.ofInstant(evenement.horodatage(), zone));
    }
}
