package fr.portailcep.shared.limites;

/**
 * The anonymous actions that cost something to the operator or to a third party: each creates an account, sends a
 * courriel to an address typed by anyone, holds a conseiller's time or uses up a national dossier number.
 */
public enum ActionLimitee {

    /** A sign-in or sign-up code sent by courriel. */
    CODE_CONNEXION,
    /** A sign-up (the account is created when its code is accepted). */
    INSCRIPTION,
    /** A booking on the portal (creates the bénéficiaire's account, sends a courriel, holds a slot). */
    RESERVATION,
    /** A call-back request (creates the account, sends a courriel, a conseiller calls). */
    RAPPEL,
    /** An aiguillage submitted on the portal: one UO0 national dossier number each. */
    AIGUILLAGE,
    /** A file checked on the public verification page (a PDF parsed and its signatures verified). */
    VERIFICATION
}
