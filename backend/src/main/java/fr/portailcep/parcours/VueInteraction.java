package fr.portailcep.parcours;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** An interaction with the person (annexe 2), as the team's view reads it. */
public record VueInteraction(LocalDate le, String modeContact, Optional<UniteOeuvre> uo, Set<String> typesService,
        Optional<String> note, UUID conseillerId) {

    public VueInteraction {
        typesService = Set.copyOf(typesService);
    }

    static VueInteraction de(Interaction i) {
        return new VueInteraction(i.le(), i.modeContact(), i.uo(), i.typesService(), i.note(), i.conseillerId());
    }
}
