package fr.portailcep.parcours;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Extension point of the timeline: another feature (rendez-vous, livrables) declares a bean of this type, and its
 * items appear in "Mon parcours" beside the units of work and the actions. Called with the person's rights
 * already checked.
 */
public interface ContributionParcours {

    List<EtapeParcours> etapes(UUID beneficiaireId, LocalDate aujourdhui);
}
