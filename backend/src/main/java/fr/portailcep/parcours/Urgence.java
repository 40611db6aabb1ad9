package fr.portailcep.parcours;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Something a conseiller must do for a person, by a date: the caseload is sorted on the earliest one (a date in
 * the past comes first). The label is a key of the bundles and its arguments ({@link Libelle}), put in words by the
 * view that shows it ("Fin de l’UO1 le 12 mars (dans 5 jours)").
 */
public record Urgence(UUID beneficiaireId, Type type, LocalDate echeance, Libelle libelle) {

    public enum Type {
        /** A unit of work whose period ends soon. */
        FIN_UNITE,
        /** A first exchange due within 30 working days of the request (rendez-vous feature). */
        PREMIER_ECHANGE,
        /** A message of the person waiting for an answer. */
        MESSAGE_EN_ATTENTE,
        /** Actions past their due date. */
        ACTION_EN_RETARD,
        /** An action the person proposed, to validate. */
        PROPOSITION_A_VALIDER,
        /** A livrable submitted and waiting for a signature, or refused by a signer (livrable feature). */
        LIVRABLE_A_SIGNER,
        AUTRE
    }
}
