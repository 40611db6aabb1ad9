package fr.portailcep.parcours;

import java.util.Optional;
import java.util.UUID;

/** Who the person is and how to reach them, for the head of their dossier. */
public record FichePersonne(UUID id, String nomAffiche, String email, Optional<String> telephone) {
}
