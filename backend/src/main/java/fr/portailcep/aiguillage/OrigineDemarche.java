package fr.portailcep.aiguillage;

/** Who sent the person to the service (annexe 2, "origine de la démarche"). */
public enum OrigineDemarche {
    INDIVIDUELLE, EMPLOYEUR, AUTRE_OPERATEUR_CEP, FRANCE_TRAVAIL, PROCHE, AUTRE
}
