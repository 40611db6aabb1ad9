package fr.portailcep.livrable;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * The livrables of a dossier: drafted by the conseiller from what the portal knows, read and commented by the
 * person, submitted for signature, versioned. Every method goes through the one access policy; a livrable the
 * caller may not see looks like one that does not exist.
 * <p>
 * CONTRACT FOR THE PARALLEL WORK (issue 10): the signatures below are what the views code against. The bodies are
 * written by the livrable backend work.
 */
@Service
public class LivrablesService {

    /** Staff: the types that may be drafted now in this person's dossier (the unit in progress has a livrable). */
    public Set<TypeLivrable> redigeables(UUID beneficiaireId) {
        throw new UnsupportedOperationException("à écrire");
    }

    /** Staff: the draft of this type for the unit in progress, created prefilled when there is none yet. */
    public VueLivrable rediger(UUID beneficiaireId, TypeLivrable type) {
        throw new UnsupportedOperationException("à écrire");
    }

    /**
     * Staff: changes the text. On a submitted livrable this makes a new version and cancels its pending signatures;
     * {@code versionLue} is the version the conseiller edited (a change made meanwhile by someone else is refused).
     */
    public VueLivrable modifier(UUID livrableId, int versionLue, ContenuLivrable contenu) {
        throw new UnsupportedOperationException("à écrire");
    }

    /** Staff: freezes the current version's PDF and asks the person and the conseiller to sign it. */
    public VueLivrable soumettre(UUID livrableId) {
        throw new UnsupportedOperationException("à écrire");
    }

    /** Staff: the livrables of a dossier, newest first. */
    public List<VueLivrable> duDossier(UUID beneficiaireId) {
        throw new UnsupportedOperationException("à écrire");
    }

    /** The person: their livrables (drafts shared with them, to sign, signed), newest first. */
    public List<VueLivrable> mesDocuments() {
        throw new UnsupportedOperationException("à écrire");
    }

    /** Anyone who may see it: one livrable. */
    public VueLivrable parId(UUID livrableId) {
        throw new UnsupportedOperationException("à écrire");
    }

    /** The person or the conseiller comments on the current version. */
    public VueLivrable commenter(UUID livrableId, String texte) {
        throw new UnsupportedOperationException("à écrire");
    }

    /** The current version as a whole HTML page, for reading on a phone (same template as the PDF). */
    public String page(UUID livrableId) {
        throw new UnsupportedOperationException("à écrire");
    }

    /** The PDF: the sealed one once signed, else the current version's. */
    public byte[] pdf(UUID livrableId) {
        throw new UnsupportedOperationException("à écrire");
    }
}
