package fr.portailcep.signature;

/** In what capacity someone signs: the person advised, or the conseiller who co-signs. */
public enum RoleSignataire {
    BENEFICIAIRE, CONSEILLER
}
