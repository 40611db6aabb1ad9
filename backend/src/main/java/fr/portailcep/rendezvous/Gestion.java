package fr.portailcep.rendezvous;

import java.util.List;

/** What came of a move or a cancellation through a personal link. */
public sealed interface Gestion {

    record Faite(VueRendezVous rendezVous) implements Gestion {
    }

    record CreneauPris(List<CreneauPropose> alternatives) implements Gestion {
    }

    /** Unknown, expired or revoked link. */
    record LienInvalide() implements Gestion {
    }

    /** The rendez-vous has started, was held, or was cancelled. */
    record PlusModifiable(VueRendezVous rendezVous) implements Gestion {
    }
}
