package fr.portailcep.satisfaction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What a one-tap link did, for the page {@code avis}: it names no one. */
public sealed interface ReponseParLien {

    /** A possible answer of the other question, with the path of its own one-tap link. */
    record Choix(Niveau niveau, String chemin) {
    }

    /**
     * The answer is recorded.
     *
     * @param autre the other question, when it is still unanswered, with its links
     * @param modifiableJusquAu the answers can be changed in the portal until then
     */
    record Enregistree(UUID enquete, Question question, Niveau niveau, Optional<Question> autre, List<Choix> choix,
            Instant modifiableJusquAu) implements ReponseParLien {
    }

    /**
     * The link is good and its question still open: nothing is recorded yet, the page asks for one touch to confirm
     * (a mail scanner that opens the link records nothing).
     */
    record AConfirmer(Question question, Niveau niveau) implements ReponseParLien {
    }

    /** The question of this link was already answered: a link serves once. */
    record DejaUtilise(UUID enquete) implements ReponseParLien {
    }

    /** The link is too old. */
    record Expire() implements ReponseParLien {
    }

    /** The link was changed, cut, or never came from the portal. */
    record Falsifie() implements ReponseParLien {
    }
}
