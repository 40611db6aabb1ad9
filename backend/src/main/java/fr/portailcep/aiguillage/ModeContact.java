package fr.portailcep.aiguillage;

import fr.portailcep.echeance.CanalDemande;

/** How the aiguillage took place (annexe 2, "mode de contact"). */
public enum ModeContact {
    EN_LIGNE, TELEPHONE, PRESENTIEL;

    public CanalDemande canal() {
        return switch (this) {
            case EN_LIGNE -> CanalDemande.EN_LIGNE;
            case TELEPHONE -> CanalDemande.TELEPHONE;
            case PRESENTIEL -> CanalDemande.SUR_PLACE;
        };
    }
}
