package fr.portailcep.mediation;

/** The outcome of a médiation, recorded by the médiateur before closing. */
public enum IssueSaisine {
    ACCORD_AMIABLE, RECOMMANDATION, SANS_ACCORD, DESISTEMENT
}
