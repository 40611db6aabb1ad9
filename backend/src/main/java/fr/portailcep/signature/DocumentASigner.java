package fr.portailcep.signature;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One version of a document, frozen: the exact PDF bytes and their SHA-256, and who must sign it.
 *
 * @param sorte the owner's sort ({@link DocumentsASigner#sorte()})
 * @param type the kind of document, as written in the manifest ({@code ETAT_DES_LIEUX}, {@code PROJET_PROFESSIONNEL},
 *        {@code SOUHAIT_DE_CLORE})
 * @param titre its title for people ("État des lieux partagé")
 * @param empreinte the SHA-256 of {@code pdf}, lower-case hex
 * @param beneficiaireId the person it is about (the access policy decides who else may see it)
 * @param signataires every expected signer, with where they stand
 */
public record DocumentASigner(String sorte, UUID id, String type, String titre, int version, byte[] pdf,
        String empreinte, UUID beneficiaireId, List<Signataire> signataires) {

    public DocumentASigner {
        Objects.requireNonNull(sorte);
        Objects.requireNonNull(id);
        Objects.requireNonNull(pdf);
        Objects.requireNonNull(empreinte);
        signataires = List.copyOf(signataires);
    }

    /**
     * An expected signer of the version.
     *
     * @param etat where they stand on this version
     * @param methode how they signed, once they have
     */
    public record Signataire(RoleSignataire role, UUID compteId, String nom, EtatSignataire etat,
            MethodeSignature methode) {
    }

    /** Where a signer stands on a version. */
    public enum EtatSignataire {
        ATTENDU, SIGNE, REFUSE, PAPIER_DEMANDE
    }
}
