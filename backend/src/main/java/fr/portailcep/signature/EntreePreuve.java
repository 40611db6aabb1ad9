package fr.portailcep.signature;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the append-only, hash-chained evidence journal, as it is stored and as the seal puts it (JSON) into
 * the final PDF. Everything an offline verifier needs is here, without the portal:
 * <ol>
 * <li>the challenge: {@code SHA-256(UTF-8 bytes of manifeste)}, compared with {@code challenge} inside the decoded
 * {@code clientDataJSON} (base64url, no padding), see {@link #challengeAttendu()};</li>
 * <li>the assertion: the signature {@code signature} over {@code authenticatorData || SHA-256(clientDataJSON)}
 * (WebAuthn §7.2 step 20), checked with {@code clePublique} (COSE_Key, base64url; ES256 or RS256 or EdDSA);
 * {@code flags} and {@code compteurSignature} are as read from {@code authenticatorData} at verification;</li>
 * <li>the document: {@code empreinteDocument} in the manifest is the SHA-256 of the exact PDF bytes signed (or of
 * the paper scan for an attestation);</li>
 * <li>the chain: {@code empreinte = SHA-256(contenuCanonique())} in lower-case hex, where the canonical content is
 * every field but {@code empreinte} itself, in {@link JsonCanonique} form; {@code empreintePrecedente} is the
 * {@code empreinte} of entry {@code numero - 1} (64 zeros for the first entry).</li>
 * </ol>
 * Fields that do not apply to an act (no assertion for a refusal) are null and left out of the canonical content.
 *
 * @param numero the entry's number in the journal, from 1, without gap
 * @param sorte the document owner's sort ({@code LIVRABLE})
 * @param acte what the entry records
 * @param compteId the account that acted
 * @param role in what capacity it acted, when it is a signer of the document
 * @param methode how an approval was given (null for other acts)
 * @param manifeste the signing manifest, canonical JSON text, exactly the bytes whose hash was the challenge
 * @param clientDataJson the assertion's clientDataJSON, base64url
 * @param authenticatorData the assertion's authenticatorData, base64url
 * @param signature the assertion's signature, base64url
 * @param credentialId the passkey's credential id, base64url
 * @param clePublique the passkey's public key as COSE_Key bytes, base64url
 * @param flags the authenticator flags byte (UP 0x01, UV 0x04, BE 0x08, BS 0x10)
 * @param compteurSignature the signature counter read from authenticatorData
 * @param enrolement how the passkey (or the email address) was bound to the person, canonical JSON text
 * @param detail what else the act carries (a refusal's reason, a scan's hash, the signers on paper), canonical
 *        JSON text
 * @param horodatage the server time of the entry (microseconds)
 * @param empreintePrecedente the previous entry's {@code empreinte}
 * @param empreinte this entry's hash
 */
public record EntreePreuve(long numero, String sorte, UUID documentId, int version, ActePreuve acte, UUID compteId,
        RoleSignataire role, MethodeSignature methode, String manifeste, String clientDataJson,
        String authenticatorData, String signature, String credentialId, String clePublique, Integer flags,
        Long compteurSignature, String enrolement, String detail, Instant horodatage, String empreintePrecedente,
        String empreinte) {

    /** The {@code empreintePrecedente} of the first entry. */
    public static final String ORIGINE = "0".repeat(64);

    /** Every field but {@code empreinte}, canonical JSON: the bytes whose SHA-256 is {@code empreinte}. */
    public String contenuCanonique() {
        return champs().texte();
    }

    private JsonCanonique.Objet champs() {
        return JsonCanonique.objet()
                .avec("numero", numero)
                .avec("sorte", sorte)
                .avec("documentId", documentId == null ? null : documentId.toString())
                .avec("version", (long) version)
                .avec("acte", acte == null ? null : acte.name())
                .avec("compteId", compteId == null ? null : compteId.toString())
                .avec("role", role == null ? null : role.name())
                .avec("methode", methode == null ? null : methode.name())
                .avec("manifeste", manifeste)
                .avec("clientDataJson", clientDataJson)
                .avec("authenticatorData", authenticatorData)
                .avec("signature", signature)
                .avec("credentialId", credentialId)
                .avec("clePublique", clePublique)
                .avec("flags", flags)
                .avec("compteurSignature", compteurSignature)
                .avec("enrolement", enrolement)
                .avec("detail", detail)
                .avec("horodatage", horodatage == null ? null : horodatage.toString())
                .avec("empreintePrecedente", empreintePrecedente);
    }

    /** The hash this entry must carry, recomputed from its content. */
    public String empreinteCalculee() {
        return JsonCanonique.sha256Hex(contenuCanonique());
    }

    /** Whether {@code empreinte} is the hash of the content (the link to the previous entry is checked apart). */
    public boolean empreinteJuste() {
        return empreinteCalculee().equals(empreinte);
    }

    /** The WebAuthn challenge the manifest commands: SHA-256 of its UTF-8 bytes, base64url; null without one. */
    public String challengeAttendu() {
        return manifeste == null ? null
                : JsonCanonique.b64url(JsonCanonique.sha256(manifeste.getBytes(StandardCharsets.UTF_8)));
    }

    /** The whole entry, {@code empreinte} included, as canonical JSON (what the seal attaches to the PDF). */
    public String json() {
        return champs().avec("empreinte", empreinte).texte();
    }
}
