package fr.portailcep.reclamation;

/**
 * Where a réclamation stands. RECUE: its acknowledgement is still to be sent (letters; an online one is acknowledged
 * at once). ACCUSEE: acknowledged, the answer is awaited. REPONDUE: answered, the person has not said yet whether it
 * suits them. SATISFAITE / INSATISFAITE: the person's opinion of the answer. PORTEE_AU_MEDIATEUR: the person referred
 * it to the médiateur of France compétences.
 */
public enum EtatReclamation {
    RECUE, ACCUSEE, REPONDUE, SATISFAITE, INSATISFAITE, PORTEE_AU_MEDIATEUR
}
