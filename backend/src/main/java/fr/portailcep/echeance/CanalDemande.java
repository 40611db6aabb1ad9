package fr.portailcep.echeance;

/** How a first request reached the operator (the "mode de contact" of annexe 2, at the first contact). */
public enum CanalDemande {
    /** The person asked on the portal. */
    EN_LIGNE,
    /** The person phoned; a conseiller recorded the request. */
    TELEPHONE,
    /** The person came to a site. */
    SUR_PLACE
}
