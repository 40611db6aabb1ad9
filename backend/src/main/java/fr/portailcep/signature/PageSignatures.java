package fr.portailcep.signature;

import java.time.Instant;
import java.util.List;

/**
 * What the visible signature page of a sealed document shows: each signature (name, role, date, method), the
 * short hash of the version signed, and the QR code leading to the verification page.
 *
 * @param empreinteCourte the first 16 hex digits of the version's SHA-256, grouped by four
 * @param lienVerification the public verification page's URL for this document
 * @param qrCodePng the QR code of {@code lienVerification}, as a PNG
 */
public record PageSignatures(List<Ligne> signatures, String empreinteCourte, String lienVerification,
        byte[] qrCodePng) {

    public PageSignatures {
        signatures = List.copyOf(signatures);
    }

    /** One signer's line; {@code preuve} is the number of its entry in the evidence journal. */
    public record Ligne(String nom, RoleSignataire role, Instant le, MethodeSignature methode, long preuve) {
    }
}
