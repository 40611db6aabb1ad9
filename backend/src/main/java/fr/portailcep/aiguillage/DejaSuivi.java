package fr.portailcep.aiguillage;

/** Whether another CEP operator already follows the person. */
public enum DejaSuivi {
    OUI, NON, NE_SAIT_PAS
}
