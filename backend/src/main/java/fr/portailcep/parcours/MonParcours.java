package fr.portailcep.parcours;

import java.util.List;
import java.util.Optional;

/**
 * What the person sees of their parcours: the dossier (if any), whom to contact, the timeline, and the next
 * actions to do.
 */
public record MonParcours(Optional<VueDossier> dossier, Optional<Contact> contact, List<EtapeParcours> etapes,
        List<VueAction> prochainesActions) {
}
