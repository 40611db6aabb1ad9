package fr.portailcep.parcours;

import java.util.Optional;

/**
 * The kinds of action of a plan d'actions (CCTP §2.1.3): personal steps, complementary services, work discoveries,
 * training. Each kind names the reference table of its sub-type, if any; training also has its funding.
 */
public enum NatureAction {
    DEMARCHE_PERSONNELLE(null),
    PRESTATION_COMPLEMENTAIRE(Referentiel.PRESTATION_COMPLEMENTAIRE),
    DECOUVERTE_METIER(Referentiel.DECOUVERTE_METIER),
    FORMATION(null);

    private final Referentiel referentielType;

    NatureAction(Referentiel referentielType) {
        this.referentielType = referentielType;
    }

    public Optional<Referentiel> referentielType() {
        return Optional.ofNullable(referentielType);
    }

    public boolean aUnFinancement() {
        return this == FORMATION;
    }
}
