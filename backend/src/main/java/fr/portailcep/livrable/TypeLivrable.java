package fr.portailcep.livrable;

import fr.portailcep.parcours.UniteOeuvre;

/**
 * The documents that close a unit of work when both the person and the conseiller have signed them (CCTP §2.1.2,
 * §2.1.3): the État des lieux partagé closes UO1, the Projet professionnel closes UO2.1 (and records whether the
 * person wants UO2.2), the written wish to close closes UO2.2.
 */
public enum TypeLivrable {
    ETAT_DES_LIEUX(UniteOeuvre.UO1),
    PROJET_PROFESSIONNEL(UniteOeuvre.UO2_1),
    SOUHAIT_DE_CLORE(UniteOeuvre.UO2_2);

    private final UniteOeuvre uo;

    TypeLivrable(UniteOeuvre uo) {
        this.uo = uo;
    }

    /** The unit this document closes. */
    public UniteOeuvre uo() {
        return uo;
    }

    /** The document of a unit, if it has one (UO0 has none). */
    public static java.util.Optional<TypeLivrable> de(UniteOeuvre uo) {
        for (var type : values()) {
            if (type.uo == uo) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }
}
