package fr.portailcep.livrable;

import java.util.UUID;

/**
 * Who acts on a livrable: the person it is about, a conseiller of their team (who writes and co-signs), or another
 * member of staff who may only read it (a manager).
 */
public record ActeurLivrable(UUID compteId, Qualite qualite) {

    public enum Qualite {
        BENEFICIAIRE, CONSEILLER, LECTEUR
    }

    public static ActeurLivrable beneficiaire(UUID compteId) {
        return new ActeurLivrable(compteId, Qualite.BENEFICIAIRE);
    }

    public static ActeurLivrable conseiller(UUID compteId) {
        return new ActeurLivrable(compteId, Qualite.CONSEILLER);
    }

    public static ActeurLivrable lecteur(UUID compteId) {
        return new ActeurLivrable(compteId, Qualite.LECTEUR);
    }

    public boolean estBeneficiaire() {
        return qualite == Qualite.BENEFICIAIRE;
    }

    public boolean estConseiller() {
        return qualite == Qualite.CONSEILLER;
    }
}
