package fr.portailcep.parcours;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a conseiller records when engaging a unit of work: which one, on which date, the person's agreement, the
 * facts of rule 3 they confirmed, and the annexe 2 data of the request (origin, motive, detailed motive, codes of
 * the reference tables). For a UO2.1, the référent named (the conseiller themself when null).
 */
public record Engagement(UniteOeuvre uo, LocalDate date, boolean accordBeneficiaire, Eligibilite eligibilite,
        String origine, String motif, String motifDetaille, UUID referentId) {

    public Engagement {
        if (uo == null || date == null || eligibilite == null) {
            throw new IllegalArgumentException("Unité, date et éligibilité sont obligatoires");
        }
    }
}
