package fr.portailcep.satisfaction;

import java.util.OptionalDouble;

import fr.portailcep.reclamation.IndicateursReclamations;

/**
 * The shares drawn from the réclamation figures for the manager's charts:
 * <ul>
 * <li>indicator 8.7 (CCTP §4.3): réclamations followed by a referral to the médiateur over réclamations received;</li>
 * <li>answered within 45 days: réclamations answered within 45 days of receipt over réclamations received (one
 * received recently and not answered yet counts as not answered in time until it is).</li>
 * </ul>
 * No réclamation: no share (not 0 %).
 */
public final class Indicateur87 {

    private Indicateur87() {
    }

    public static OptionalDouble part(int numerateur, int denominateur) {
        return denominateur <= 0 ? OptionalDouble.empty()
                : OptionalDouble.of(Math.min(numerateur, denominateur) / (double) denominateur);
    }

    public static OptionalDouble saisinesDuMediateur(IndicateursReclamations.Mois m) {
        return part(m.porteesAuMediateur(), m.recues());
    }

    public static OptionalDouble reponduesDansLesDelais(IndicateursReclamations.Mois m) {
        return part(m.reponduesDansLesDelais(), m.recues());
    }

    /** 8.7 over the whole period. */
    public static OptionalDouble saisinesDuMediateur(IndicateursReclamations i) {
        return part(i.mois().stream().mapToInt(IndicateursReclamations.Mois::porteesAuMediateur).sum(),
                i.mois().stream().mapToInt(IndicateursReclamations.Mois::recues).sum());
    }
}
