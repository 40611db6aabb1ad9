package fr.portailcep.parcours;

/** A dossier is open while the person is followed; a new request reopens a closed one. */
public enum StatutDossier {
    OUVERT, CLOS
}
