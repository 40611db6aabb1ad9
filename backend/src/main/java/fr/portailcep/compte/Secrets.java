package fr.portailcep.compte;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Random codes and secrets, and their hashes: the database never holds a usable code, link or ticket. */
final class Secrets {

    private static final SecureRandom ALEA = new SecureRandom();

    private Secrets() {
    }

    /** Six digits, leading zeros kept. */
    static String code() {
        return String.format("%06d", ALEA.nextInt(1_000_000));
    }

    /** 256 random bits, URL-safe. */
    static String secret() {
        var octets = new byte[32];
        ALEA.nextBytes(octets);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
    }

    static byte[] empreinte(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean correspond(String secret, byte[] empreinte) {
        return secret != null && empreinte != null && MessageDigest.isEqual(empreinte(secret), empreinte);
    }
}
