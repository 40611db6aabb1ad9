package fr.portailcep.compte;

import java.util.UUID;

/** Registered by a new {@link Compte}, published when it is saved, in the same transaction. */
public record CompteCree(UUID compteId, String email, Role role, String prenom, String nom) {
}
