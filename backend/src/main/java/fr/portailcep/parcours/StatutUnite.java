package fr.portailcep.parcours;

public enum StatutUnite {
    EN_COURS, CLOSE
}
