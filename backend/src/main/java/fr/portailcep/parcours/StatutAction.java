package fr.portailcep.parcours;

/** Where an action stands. The last three are final (an action done may still be reopened by mistake). */
public enum StatutAction {
    A_FAIRE, EN_COURS, FAITE, EN_PAUSE, ABANDONNEE, ANNULEE;

    /** Still to be carried out: it can be started, paused, done, edited. */
    public boolean active() {
        return this == A_FAIRE || this == EN_COURS || this == EN_PAUSE;
    }
}
