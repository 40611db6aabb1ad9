package fr.portailcep.rendezvous;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The link in a courriel that lets the person move or cancel their rendez-vous without a password. It carries 256
 * random bits; only their SHA-256 hash is stored, so a copy of the database gives no usable link. It expires a month
 * after the rendez-vous and is revoked when the rendez-vous is cancelled by the person.
 */
@Entity
@Table(name = "lien_gestion")
public class LienGestion {

    private static final SecureRandom ALEA = new SecureRandom();

    @Id
    private UUID id;

    @Column(name = "rendez_vous_id", nullable = false)
    private UUID rendezVousId;

    @Column(nullable = false)
    private byte[] empreinte;

    @Column(name = "cree_le", nullable = false)
    private Instant creeLe;

    @Column(name = "expire_le", nullable = false)
    private Instant expireLe;

    @Column(name = "revoque_le")
    private Instant revoqueLe;

    protected LienGestion() {
    }

    private LienGestion(UUID rendezVousId, byte[] empreinte, Instant creeLe, Instant expireLe) {
        this.id = UUID.randomUUID();
        this.rendezVousId = rendezVousId;
        this.empreinte = empreinte;
        this.creeLe = creeLe;
        this.expireLe = expireLe;
    }

    /** A new link and its secret (to put in the courriel, never stored). */
    record Nouveau(LienGestion lien, String jeton) {
    }

    static Nouveau creer(UUID rendezVousId, Instant maintenant, Instant expireLe) {
        var octets = new byte[32];
        ALEA.nextBytes(octets);
        var secret = Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
        var lien = new LienGestion(rendezVousId, empreinte(secret), maintenant, expireLe);
        return new Nouveau(lien, lien.id + "." + secret);
    }

    /** Splits "id.secret"; empty if the text cannot be a link. */
    static Optional<UUID> idDe(String jeton) {
        if (jeton == null || jeton.length() > 200 || jeton.indexOf('.') < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(jeton.substring(0, jeton.indexOf('.'))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    boolean accepte(String jeton, Instant maintenant) {
        var secret = jeton.substring(jeton.indexOf('.') + 1);
        return revoqueLe == null && maintenant.isBefore(expireLe)
                && MessageDigest.isEqual(empreinte, empreinte(secret));
    }

    void revoquer(Instant maintenant) {
        if (revoqueLe == null) {
            revoqueLe = maintenant;
        }
    }

    private static byte[] empreinte(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID rendezVousId() {
        return rendezVousId;
    }
}
