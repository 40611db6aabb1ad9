package fr.portailcep.messagerie;

import java.util.UUID;

/** A thread in a list: for the person, how many unread; for the team, who writes and since when they wait. */
public record ResumeFil(FilMessages fil, String personne, long nonLus) {

    public UUID id() {
        return fil.id();
    }
}
