package fr.portailcep.parcours;

import java.util.UUID;

/** Who makes a change: the person followed, a member of the operator's team, or the system (a job). */
public record Acteur(UUID compteId, boolean beneficiaire) {

    public static final Acteur SYSTEME = new Acteur(null, false);

    public static Acteur beneficiaire(UUID compteId) {
        return new Acteur(compteId, true);
    }

    public static Acteur equipe(UUID compteId) {
        return new Acteur(compteId, false);
    }
}
