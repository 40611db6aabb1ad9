package fr.portailcep.reclamation;

import java.time.YearMonth;
import java.util.List;

/**
 * The réclamation figures of a period, month by month, for the manager's charts (each with its data table):
 * indicator 8.7 (share of réclamations followed by a referral to the médiateur), réclamations by motive, and the
 * share answered within 45 days of receipt.
 */
public record IndicateursReclamations(List<Mois> mois, List<ParMotif> parMotif) {

    /**
     * @param recues réclamations received in the month
     * @param porteesAuMediateur among them, those the person referred to the médiateur (8.7 numerator)
     * @param repondues among them, those answered
     * @param reponduesDansLesDelais among them, those answered within 45 days of receipt
     */
    public record Mois(YearMonth mois, int recues, int porteesAuMediateur, int repondues, int reponduesDansLesDelais) {
    }

    public record ParMotif(MotifReclamation motif, int recues) {
    }
}
