package fr.portailcep.mediation;

/**
 * Where a referral stands. RECUE: the médiateur has not said yet whether it is admissible. RECEVABLE: admissible, the
 * médiation is under way. IRRECEVABLE: not admissible (closed with its reason). CLOSE: the outcome is recorded and
 * the médiation closed.
 */
public enum EtatSaisine {
    RECUE, RECEVABLE, IRRECEVABLE, CLOSE
}
