package fr.portailcep.livrable;

import java.time.Instant;
import java.util.UUID;

import fr.portailcep.parcours.LivrableSigneParTous;
import fr.portailcep.parcours.UniteOeuvre;

/** A livrable was signed by everyone and sealed (registered by {@link Livrable#sceller}). */
public record LivrableSigne(UUID livrableId, int version, TypeLivrable type, UUID beneficiaireId, UniteOeuvre uo,
        Instant signeLe, boolean papier, boolean souhaitUo22, UUID conseillerId) implements LivrableSigneParTous {
}
