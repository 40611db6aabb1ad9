package fr.portailcep.signature;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What a signer signs: one version of one document, by its hash, with the consent they read and the decision they
 * take. Its canonical form ({@link JsonCanonique}: sorted keys, no whitespace, UTF-8, integers, strings otherwise)
 * is stored as text; the WebAuthn challenge is the SHA-256 of those exact bytes, so that the passkey's signature
 * covers the manifest, and through {@code empreinteDocument} the PDF.
 * <p>
 * Keys: {@code consentement}, {@code decision}, {@code documentId}, {@code emisLe}, {@code empreinteDocument},
 * {@code expireLe}, {@code nonce}, {@code origin}, {@code role}, {@code rpId}, {@code signataire} (an object:
 * {@code compteId}, {@code nom}), {@code sorte}, {@code type}, {@code version}; for an attestation of paper,
 * {@code empreinteVersion} too (the hash of the version printed, {@code empreinteDocument} being the scan's).
 *
 * @param empreinteDocument SHA-256 of the exact PDF bytes (or of the scan), lower-case hex
 * @param nonce 32 random bytes, base64url
 */
public record Manifeste(String sorte, String type, UUID documentId, int version, String empreinteDocument,
        UUID compteId, String nom, RoleSignataire role, String consentement, Decision decision, String nonce,
        Instant emisLe, Instant expireLe, String rpId, String origin, String empreinteVersion) {

    /** What the signer decides. */
    public enum Decision {
        /** "Lu et approuvé": the signer approves this version. */
        APPROUVE,
        /** The conseiller attests that the scan is the version signed by hand. */
        ATTESTE_PAPIER
    }

    public Manifeste {
        Objects.requireNonNull(sorte);
        Objects.requireNonNull(documentId);
        Objects.requireNonNull(empreinteDocument);
        Objects.requireNonNull(compteId);
        Objects.requireNonNull(role);
        Objects.requireNonNull(consentement);
        Objects.requireNonNull(decision);
        Objects.requireNonNull(nonce);
        Objects.requireNonNull(emisLe);
        Objects.requireNonNull(expireLe);
    }

    /** The canonical JSON text. */
    public String texte() {
        return JsonCanonique.objet()
                .avec("sorte", sorte)
                .avec("type", type)
                .avec("documentId", documentId.toString())
                .avec("version", (long) version)
                .avec("empreinteDocument", empreinteDocument)
                .avec("empreinteVersion", empreinteVersion)
                .avec("signataire", JsonCanonique.objet().avec("compteId", compteId.toString()).avec("nom", nom))
                .avec("role", role.name())
                .avec("consentement", consentement)
                .avec("decision", decision.name())
                .avec("nonce", nonce)
                .avec("emisLe", emisLe.toString())
                .avec("expireLe", expireLe.toString())
                .avec("rpId", rpId)
                .avec("origin", origin)
                .texte();
    }

    /** The canonical bytes (UTF-8). */
    public byte[] octets() {
        return texte().getBytes(StandardCharsets.UTF_8);
    }

    /** The WebAuthn challenge: SHA-256 of the canonical bytes. */
    public byte[] challenge() {
        return challengeDe(texte());
    }

    /** The challenge a stored manifest commands (recomputed from the text, never trusted from elsewhere). */
    public static byte[] challengeDe(String texteCanonique) {
        return JsonCanonique.sha256(texteCanonique.getBytes(StandardCharsets.UTF_8));
    }
}
