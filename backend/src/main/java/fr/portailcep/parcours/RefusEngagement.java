package fr.portailcep.parcours;

import java.util.Optional;

/** Why a unit of work cannot be engaged (each has its message in {@code parcours.properties}). */
public enum RefusEngagement {
    /** The person did not agree. */
    ACCORD_MANQUANT,
    /** Engagement in the future. */
    DATE_FUTURE,
    /** Engagement before the last unit of the dossier. */
    DATE_ANTERIEURE,
    /** Rule 3: actif occupé of the private sector, not followed by another CEP operator — not confirmed. */
    NON_ELIGIBLE,
    /** Another unit is in progress. */
    UNITE_EN_COURS,
    /** UO2.2 needs a UO2.1 before it. */
    UO22_SANS_UO21,
    /** UO2.2 needs the UO2.1 closed with its signed projet professionnel. */
    UO22_PROJET_NON_SIGNE,
    /** The UO2.1 already has its UO2.2. */
    UO22_DEJA_ENGAGEE,
    /** UO2.2 ends 18 months after the UO2.1 engagement: too late. */
    UO22_DELAI_DEPASSE;

    public String cleMessage() {
        return "parcours.refus." + name();
    }

    /** The field of the engagement the refusal is about ({@code date}), if any. */
    public Optional<String> champ() {
        return switch (this) {
            case DATE_FUTURE, DATE_ANTERIEURE, UO22_DELAI_DEPASSE -> Optional.of("date");
            default -> Optional.empty();
        };
    }
}
