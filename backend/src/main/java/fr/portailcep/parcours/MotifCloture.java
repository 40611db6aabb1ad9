package fr.portailcep.parcours;

import java.util.Set;

/**
 * Why a unit of work was closed (annexe 2: "motif de clôture"), and which unit each motive may close (CCTP §1.2.6).
 * France compétences will publish its own table; these motives map onto it.
 */
public enum MotifCloture {

    /** UO0: realised at once. */
    REALISEE(Set.of(UniteOeuvre.UO0), false),
    /** UO1 or UO2.1: the person signed the livrable electronically (recorded by the signature feature). */
    LIVRABLE_SIGNE(Set.of(UniteOeuvre.UO1, UniteOeuvre.UO2_1), false),
    /**
     * UO1 or UO2.1: the livrable was signed, at least one signer on paper (the scan attested by the conseiller;
     * recorded by the signature of the livrable, no longer by hand).
     */
    LIVRABLE_SIGNE_PAPIER(Set.of(UniteOeuvre.UO1, UniteOeuvre.UO2_1), false),
    /** UO2.2: the person's written wish to close was signed (recorded by the signature, no longer by hand). */
    SOUHAIT_ECRIT_DE_CLORE(Set.of(UniteOeuvre.UO2_2), false),
    /** Any unit: its period ended with no signed livrable (closed by the job only). */
    ABANDON(Set.of(UniteOeuvre.UO1, UniteOeuvre.UO2_1, UniteOeuvre.UO2_2), false);

    private final Set<UniteOeuvre> unites;
    private final boolean saisiParConseiller;

    MotifCloture(Set<UniteOeuvre> unites, boolean saisiParConseiller) {
        this.unites = unites;
        this.saisiParConseiller = saisiParConseiller;
    }

    public boolean permisPour(UniteOeuvre uo) {
        return unites.contains(uo);
    }

    /** The motives a conseiller may record by hand (the others come from a signature or from the job). */
    public boolean saisiParConseiller() {
        return saisiParConseiller;
    }

    /** Closing with a signed livrable: UO2.2 may follow a UO2.1 closed this way. */
    public boolean livrableSigne() {
        return this == LIVRABLE_SIGNE || this == LIVRABLE_SIGNE_PAPIER;
    }
}
