package fr.portailcep.reclamation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The réclamation figures of a period, from the réclamations received in it: per month of receipt, how many were
 * received, referred to the médiateur (indicator 8.7), answered, answered within 45 days of receipt; and per
 * motive. Months without any réclamation are there, with zeros (a chart shows them).
 */
final class CalculIndicateurs {

    /** One réclamation as the figures need it. */
    record Ligne(LocalDate recueLe, String motif, LocalDate reponduLe, boolean porteeAuMediateur) {
    }

    private CalculIndicateurs() {
    }

    /**
     * @param motifs the reference list in its order: every active motive appears, an inactive one only when it was
     *        used in the period
     */
    static IndicateursReclamations calculer(List<Ligne> lignes, YearMonth du, YearMonth au,
            List<MotifAvecEtat> motifs) {
        var mois = new LinkedHashMap<YearMonth, int[]>();
        for (var m = du; !m.isAfter(au); m = m.plusMonths(1)) {
            mois.put(m, new int[4]);
        }
        var parMotif = new LinkedHashMap<String, Integer>();
        for (var ligne : lignes) {
            var compte = mois.get(YearMonth.from(ligne.recueLe()));
            if (compte == null) {
                continue;
            }
            compte[0]++;
            if (ligne.porteeAuMediateur()) {
                compte[1]++;
            }
            if (ligne.reponduLe() != null) {
                compte[2]++;
                if (!ligne.reponduLe().isAfter(DelaisReclamation.reponseAvant(ligne.recueLe()))) {
                    compte[3]++;
                }
            }
            parMotif.merge(ligne.motif(), 1, Integer::sum);
        }
        var resultatMois = new ArrayList<IndicateursReclamations.Mois>();
        for (Map.Entry<YearMonth, int[]> e : mois.entrySet()) {
            var c = e.getValue();
            resultatMois.add(new IndicateursReclamations.Mois(e.getKey(), c[0], c[1], c[2], c[3]));
        }
        var resultatMotifs = new ArrayList<IndicateursReclamations.ParMotif>();
        for (var motif : motifs) {
            var n = parMotif.getOrDefault(motif.motif().code(), 0);
            if (motif.actif() || n > 0) {
                resultatMotifs.add(new IndicateursReclamations.ParMotif(motif.motif(), n));
            }
        }
        return new IndicateursReclamations(resultatMois, resultatMotifs);
    }

    /** A motive of the reference list and whether it is still offered. */
    record MotifAvecEtat(MotifReclamation motif, boolean actif) {
    }
}
