package fr.portailcep.reclamation;

/** What may happen next to a réclamation, for the person looking at it (the aggregate's answer, DD014). */
public enum ActeReclamation {
    /** Correspondant: send the acknowledgement (letters, emails). */
    ACCUSER_RECEPTION,
    /** Correspondant: give it to a colleague. */
    ASSIGNER,
    /** Correspondant: an internal note the person never sees. */
    NOTER,
    /** Correspondant: save the draft of the answer, or send it. */
    REPONDRE,
    /** The person: say whether the answer suits them. */
    DONNER_AVIS,
    /**
     * The person: refer it to the médiateur (the answer did not suit them, or no answer came within 45 days of
     * receipt).
     */
    SAISIR_MEDIATEUR
}
