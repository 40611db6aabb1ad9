package fr.portailcep.livrable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.portailcep.signature.DocumentASigner.EtatSignataire;
import fr.portailcep.signature.MethodeSignature;
import fr.portailcep.signature.RoleSignataire;

/**
 * A livrable as the views read it, for the person signed in: a copy made inside the transaction, with the
 * aggregate's answer to "what can this person do now?" ({@link #actesPossibles}).
 *
 * @param version the current version's number (1 for the first draft)
 * @param empreinte the SHA-256 of the current version's PDF, once submitted
 * @param contenu the current version's content (the template renders it)
 * @param versions every version, newest first
 */
public record VueLivrable(UUID id, UUID beneficiaireId, TypeLivrable type, EtatLivrable etat, int version,
        Optional<String> empreinte, Optional<Instant> soumisLe, Optional<Instant> signeLe, ContenuLivrable contenu,
        List<Signataire> signataires, List<Commentaire> commentaires, List<Version> versions,
        Set<ActeLivrable> actesPossibles) {

    public VueLivrable {
        signataires = List.copyOf(signataires);
        commentaires = List.copyOf(commentaires);
        versions = List.copyOf(versions);
        actesPossibles = Set.copyOf(actesPossibles);
    }

    public boolean peut(ActeLivrable acte) {
        return actesPossibles.contains(acte);
    }

    /** An expected signer of the current version. */
    public record Signataire(RoleSignataire role, UUID compteId, String nom, EtatSignataire etat,
            Optional<MethodeSignature> methode, Optional<Instant> le, Optional<String> motifRefus) {
    }

    /** A comment, on the version it was written about. */
    public record Commentaire(int version, String auteur, boolean beneficiaire, Instant le, String texte) {
    }

    /** A kept version; {@code annulee} when a later change cancelled its pending signatures. */
    public record Version(int numero, Instant creeeLe, Optional<Instant> soumiseLe, Optional<String> empreinte,
            boolean annulee) {
    }
}
