package fr.portailcep.parcours;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One person of a conseiller's caseload, with what is urgent for them, most urgent first. */
public record LigneSuivi(UUID beneficiaireId, String nom, Optional<VueDossier.Unite> uniteEnCours,
        boolean referent, List<Urgence> urgences) {

    public LigneSuivi {
        urgences = urgences.stream().sorted(Comparator.comparing(Urgence::echeance)).toList();
    }

    public Optional<LocalDate> plusProcheEcheance() {
        return urgences.stream().map(Urgence::echeance).min(Comparator.naturalOrder());
    }

    /** Most urgent first: the earliest date (past dates first); people with nothing urgent last, by name. */
    public static final Comparator<LigneSuivi> PAR_URGENCE = Comparator
            .comparing((LigneSuivi l) -> l.plusProcheEcheance().orElse(LocalDate.MAX))
            .thenComparing(LigneSuivi::nom, String.CASE_INSENSITIVE_ORDER);
}
