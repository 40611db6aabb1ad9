package fr.portailcep.signature;

import fr.portailcep.shared.ActeRefuse;

/**
 * A signature ceremony refused, with why; nothing is recorded as signed (the transaction rolls back). The text is
 * {@code signature.refus.<motif>} in {@code i18n/signature.properties}.
 */
public class SignatureRefusee extends ActeRefuse {

    /** Why the ceremony was refused. */
    public enum Motif {
        /** The document changed after the challenge was issued (its hash is no longer the manifest's). */
        DOCUMENT_CHANGE,
        /** A newer version replaced the one in the manifest. */
        VERSION_REMPLACEE,
        /** The intent was already used (a replayed assertion). */
        DEJA_UTILISEE,
        /** The intent expired (five minutes). */
        EXPIREE,
        /** The passkey is not one of this signer's. */
        CLE_D_UN_AUTRE,
        /** The passkey did not verify the user (no PIN, fingerprint or face). */
        VERIFICATION_ABSENTE,
        /** The user was not present (UP flag). */
        PRESENCE_ABSENTE,
        /** The assertion does not verify (signature, challenge, origin, rpId, counter). */
        ASSERTION_INVALIDE,
        /** The signer is not an expected signer of this version, or already acted on it. */
        PAS_SIGNATAIRE,
        /** The consent was not given. */
        CONSENTEMENT_ABSENT,
        /** The one-time code is wrong. */
        CODE_FAUX,
        /** Too many wrong codes, or the code expired. */
        CODE_EPUISE,
        /** No code was asked for this intent, or one was already sent. */
        CODE_INDISPONIBLE,
        /** A refusal must say why. */
        MOTIF_REQUIS,
        /** The scan is not a PDF, JPEG or PNG, or too large. */
        SCAN_REFUSE,
        /** No scan to attest, or the signers on paper are not said. */
        SCAN_ABSENT
    }

    private final Motif motif;

    public SignatureRefusee(Motif motif, Object... arguments) {
        super("signature.refus." + motif.name().toLowerCase(java.util.Locale.ROOT), arguments);
        this.motif = motif;
    }

    public Motif motif() {
        return motif;
    }
}
