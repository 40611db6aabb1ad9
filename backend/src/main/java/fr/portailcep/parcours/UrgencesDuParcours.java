package fr.portailcep.parcours;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What is urgent in the dossiers a conseiller follows, from copies of them and of their actions: a unit about to
 * end, actions overdue, proposals of the person to validate. No Spring, no database: tested with tables of cases.
 */
final class UrgencesDuParcours {

    /** A unit whose period ends within this many days shows in the caseload. */
    static final int ALERTE_FIN_UNITE_JOURS = 21;

    /** A proposal of the person is to be validated within this many days. */
    static final int VALIDATION_PROPOSITION_JOURS = 7;

    private UrgencesDuParcours() {
    }

    static List<Urgence> de(List<VueDossier> suivis, List<VueAction> actions, LocalDate aujourdhui, ZoneId zone) {
        var resultat = new ArrayList<Urgence>();
        for (var dossier : suivis) {
            dossier.uniteEnCours().ifPresent(u -> u.finDeDelai().ifPresent(fin -> {
                var jours = ChronoUnit.DAYS.between(aujourdhui, fin);
                if (jours <= ALERTE_FIN_UNITE_JOURS) {
                    resultat.add(new Urgence(dossier.beneficiaireId(), Urgence.Type.FIN_UNITE, fin,
                            Libelle.de(jours < 0 ? "parcours.urgence.fin.depassee" : "parcours.urgence.fin",
                                    u.uo().libelle(), fin, jours)));
                }
            }));
        }
        Map<UUID, UUID> parDossier = suivis.stream()
                .collect(Collectors.toMap(VueDossier::id, VueDossier::beneficiaireId));
        var parPersonne = actions.stream().filter(a -> parDossier.containsKey(a.dossierId()))
                .collect(Collectors.groupingBy(a -> parDossier.get(a.dossierId())));
        parPersonne.forEach((beneficiaireId, liste) -> {
            var enRetard = liste.stream().filter(VueAction::enRetard).toList();
            if (!enRetard.isEmpty()) {
                var plusAncienne = enRetard.stream().map(a -> a.echeance().orElseThrow())
                        .min(Comparator.naturalOrder()).orElseThrow();
                resultat.add(new Urgence(beneficiaireId, Urgence.Type.ACTION_EN_RETARD, plusAncienne,
                        Libelle.de("parcours.urgence.retard", enRetard.size())));
            }
            liste.stream().filter(a -> !a.validee() && a.statut().active()).forEach(a -> resultat.add(
                    new Urgence(beneficiaireId, Urgence.Type.PROPOSITION_A_VALIDER,
                            LocalDate.ofInstant(a.creeLe(), zone).plusDays(VALIDATION_PROPOSITION_JOURS),
                            Libelle.de("parcours.urgence.proposition", a.intitule()))));
        });
        return resultat;
    }
}
