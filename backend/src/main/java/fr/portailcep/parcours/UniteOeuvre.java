package fr.portailcep.parcours;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The units of work of the CCTP (§1.2.5–1.2.6) that involve a bénéficiaire, with their code in dossier numbers
 * and their legal period.
 */
public enum UniteOeuvre {

    /** Aiguillage: information and orientation, immediate, open to any actif. */
    UO0("00", "UO0", Period.ZERO),
    /** Premier niveau de conseil personnalisé: 2 months from its engagement. */
    UO1("01", "UO1", Period.ofMonths(2)),
    /** Appui à la formalisation du projet: 6 months from its engagement. */
    UO2_1("21", "UO2.1", Period.ofMonths(6)),
    /** Appui à la mise en œuvre du projet: 18 months from the engagement of UO2.1 (not of UO2.2). */
    UO2_2("22", "UO2.2", Period.ofMonths(18));

    private final String code;
    private final String libelle;
    private final Period delai;

    UniteOeuvre(String code, String libelle, Period delai) {
        this.code = code;
        this.libelle = libelle;
        this.delai = delai;
    }

    /** The two digits in the national dossier number: 00, 01, 21, 22. */
    public String code() {
        return code;
    }

    /** "UO2.1", as France compétences writes it. */
    public String libelle() {
        return libelle;
    }

    /**
     * The last day of the unit's period.
     *
     * @param engagement the engagement date of this unit
     * @param engagementUo21 for UO2.2 only: the engagement date of the UO2.1 it follows
     */
    public Optional<LocalDate> finDeDelai(LocalDate engagement, LocalDate engagementUo21) {
        return switch (this) {
            case UO0 -> Optional.empty();
            case UO2_2 -> Optional.of((engagementUo21 == null ? engagement : engagementUo21).plus(delai));
            default -> Optional.of(engagement.plus(delai));
        };
    }

    public static UniteOeuvre deCode(String code) {
        for (var uo : values()) {
            if (uo.code.equals(code)) {
                return uo;
            }
        }
        throw new IllegalArgumentException("Unité d’œuvre inconnue : " + code);
    }
}
