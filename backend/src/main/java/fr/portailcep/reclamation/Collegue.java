package fr.portailcep.reclamation;

import java.util.UUID;

/** A correspondant médiation a réclamation may be assigned to. */
public record Collegue(UUID compteId, String nom) {
}
