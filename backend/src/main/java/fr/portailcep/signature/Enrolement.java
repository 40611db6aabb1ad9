package fr.portailcep.signature;

import java.time.Instant;
import java.util.UUID;

/**
 * How one passkey was bound to its person; written into every evidence entry the passkey signs.
 *
 * @param niveau {@code EMAIL_SEUL} (the default: the passkey was added after a sign-in by email) or
 *        {@code IDENTITE_VERIFIEE} (a conseiller checked an identity document during a held rendez-vous)
 * @param piece the kind of document checked ({@link PieceIdentite})
 */
public record Enrolement(String credentialId, UUID compteId, Niveau niveau, UUID conseillerId, UUID rendezVousId,
        PieceIdentite piece, Instant verifieLe) {

    /** How strongly the passkey is bound to the person. */
    public enum Niveau {
        EMAIL_SEUL, IDENTITE_VERIFIEE
    }

    /** The kind of identity document a conseiller checked. */
    public enum PieceIdentite {
        CARTE_IDENTITE, PASSEPORT, TITRE_SEJOUR, PERMIS_CONDUIRE
    }

    /** The default binding of a passkey nobody checked. */
    public static Enrolement parCourriel(String credentialId, UUID compteId) {
        return new Enrolement(credentialId, compteId, Niveau.EMAIL_SEUL, null, null, null, null);
    }

    /** The summary written into the evidence, canonical JSON. */
    public String json() {
        return JsonCanonique.objet()
                .avec("credentialId", credentialId)
                .avec("compteId", compteId == null ? null : compteId.toString())
                .avec("niveau", niveau.name())
                .avec("conseillerId", conseillerId == null ? null : conseillerId.toString())
                .avec("rendezVousId", rendezVousId == null ? null : rendezVousId.toString())
                .avec("piece", piece == null ? null : piece.name())
                .avec("verifieLe", verifieLe == null ? null : verifieLe.toString())
                .texte();
    }
}
