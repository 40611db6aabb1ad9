package fr.portailcep.signature;

import java.time.Instant;
import java.util.UUID;

/**
 * What the signature feature signs, as the feature that owns the documents gives it: the inversion of DD011 §3.
 * {@code signature} depends on no document feature; {@code livrable} implements this port (sort {@code LIVRABLE})
 * and depends on {@code signature}. The ceremony picks the implementation by {@link #sorte()}.
 * <p>
 * Every method is called inside the ceremony's transaction; the implementation checks that the version is still
 * the current one and that the act is one its aggregate allows now (it throws an {@code ActeRefuse} otherwise), so
 * a refused act rolls the whole ceremony back and nothing is recorded as signed.
 */
public interface DocumentsASigner {

    /** The sort of document this implementation owns, written in manifests ({@code LIVRABLE}). */
    String sorte();

    /**
     * The current version of a document, for the signed-in signer; refused (as if it did not exist) for anyone who
     * is not one of its signers or may not see it.
     */
    DocumentASigner aSigner(UUID documentId);

    /** The same, for a job or the seal (no person signed in). */
    DocumentASigner aSignerPourLeSysteme(UUID documentId);

    /** A signer approved this version; the aggregate records it. */
    void signe(UUID documentId, int version, RoleSignataire role, UUID compteId, MethodeSignature methode,
            Instant le, long numeroPreuve);

    /** A signer refused this version, with a reason that goes back to the author. */
    void refuse(UUID documentId, int version, RoleSignataire role, UUID compteId, String motif, Instant le,
            long numeroPreuve);

    /** A signer asked to sign this version on paper. */
    void papierDemande(UUID documentId, int version, RoleSignataire role, UUID compteId, Instant le,
            long numeroPreuve);

    /**
     * The PDF of this version rendered again from its one template, with the signature page appended (same
     * conformance: PDF/A-3a, PDF/UA-1). The seal then adds the attachments and seals it.
     */
    byte[] rendreAvecSignatures(UUID documentId, int version, PageSignatures page);

    /** Every signer has signed and the final PDF is sealed: the owner stores it and does what signing does. */
    void scelle(UUID documentId, int version, byte[] pdfScelle, Instant le);
}
