package fr.portailcep.parcours;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** The history of a dossier for the team, newest first, with the names resolved. No Spring: tested with cases. */
final class HistoriqueDossier {

    private HistoriqueDossier() {
    }

    /** @param nomDe the name to show for an account (empty when it may not be shown) */
    static List<LigneHistorique> lignes(VueDossier dossier, Function<UUID, String> nomDe) {
        return dossier.evenements().stream()
                .sorted(Comparator.comparing(VueDossier.Evenement::horodatage).reversed())
                .map(e -> new LigneHistorique(e.horodatage(), e.type(), e.uo(), e.numero(), e.motifCloture(),
                        e.compteCible().map(nomDe).orElse(""),
                        e.auteurId().map(nomDe),
                        e.texte()))
                .toList();
    }
}
