package fr.portailcep.livrable;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The written trace of the person's wish to close UO2.2 (CCTP §2.1.3, §1.2.6), signed the same way as the livrables.
 *
 * @param souhait the person's wish, in their words or as agreed with the conseiller
 * @param bilan what was done during the accompaniment, one line each
 */
public record SouhaitDeClore(String numeroDossier, String personne, String conseiller, LocalDate date,
        List<String> souhait, List<String> bilan) implements ContenuLivrable {

    public static final String GABARIT = "livrables/souhait-de-clore.html";

    public SouhaitDeClore {
        Objects.requireNonNull(numeroDossier);
        Objects.requireNonNull(personne);
        Objects.requireNonNull(conseiller);
        Objects.requireNonNull(date);
        souhait = List.copyOf(souhait);
        bilan = List.copyOf(bilan);
    }

    @Override
    public String gabarit() {
        return GABARIT;
    }
}
