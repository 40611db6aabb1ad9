package fr.portailcep.compte;

import java.util.UUID;

/** Published when an account is created, in the same transaction. */
public record CompteCree(UUID compteId, String email, Role role, String prenom, String nom) {
}
