package fr.portailcep.parcours;

/**
 * What can be done to an action of the plan; {@link ActionPlan#actionsPossibles(Acteur)} says which ones, now and
 * for whom, and each change of the action checks the same answer.
 */
public enum ActePlan {
    /** "J'ai commencé". */
    COMMENCER,
    /** Back from a pause. */
    REPRENDRE,
    /** "C'est fait". */
    TERMINER,
    /** A box ticked by mistake. */
    ROUVRIR,
    /** Paused, with a reason. */
    METTRE_EN_PAUSE,
    /** Given up by the person, with a reason. */
    ABANDONNER,
    /** Cancelled by the team, with a reason. */
    ANNULER,
    /** Edited by the team. */
    MODIFIER,
    /** A proposal of the person validated by the team. */
    VALIDER,
    /** The organisation chosen for a complementary service. */
    CHOISIR_ORGANISME,
    /** A comment, at any time. */
    COMMENTER
}
