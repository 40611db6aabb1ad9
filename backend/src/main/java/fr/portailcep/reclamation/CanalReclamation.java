package fr.portailcep.reclamation;

/** How a réclamation reached the operator: online (the clocks start at once), or by letter or email (recorded). */
public enum CanalReclamation {
    EN_LIGNE, COURRIER, COURRIEL
}
