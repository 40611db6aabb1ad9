package fr.portailcep.shared.courriel;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts what a courriel waiting in the outbox carries (its text, its HTML, its attachments): sign-in codes and
 * personal links are in there, and neither the database nor its backups may hold them in a usable form (DD006).
 * AES-256-GCM from the JDK, a random 96-bit nonce per value, the courriel's id and the part's name as associated
 * data (a value copied to another row or part does not decrypt). The key comes from the configuration
 * ({@code PORTAIL_CLE_COURRIELS}, 32 random bytes in base64): without it the portal does not start.
 */
@Component
class ChiffrementCourriels {

    static final String MESSAGE_CLE_MANQUANTE = "Clé de chiffrement des courriels absente : donnez "
            + "PORTAIL_CLE_COURRIELS (32 octets aléatoires en base64, par exemple « openssl rand -base64 32 »). "
            + "Les courriels en attente d’envoi sont chiffrés avec elle (voir deploy/README.md).";

    private static final byte VERSION = 1;
    private static final int LONGUEUR_NONCE = 12;
    private static final int LONGUEUR_ETIQUETTE_BITS = 128;

    private final SecretKey cle;
    private final SecureRandom alea = new SecureRandom();

    ChiffrementCourriels(@Value("${portail.courriel.cle:}") String cleBase64) {
        this.cle = lire(cleBase64);
    }

    static SecretKey lire(String cleBase64) {
        if (cleBase64 == null || cleBase64.isBlank()) {
            throw new IllegalStateException(MESSAGE_CLE_MANQUANTE);
        }
        byte[] octets;
        try {
            octets = Base64.getDecoder().decode(cleBase64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PORTAIL_CLE_COURRIELS n’est pas du base64 valide. " + MESSAGE_CLE_MANQUANTE);
        }
        if (octets.length != 32) {
            throw new IllegalStateException("PORTAIL_CLE_COURRIELS fait " + octets.length + " octets au lieu de 32. "
                    + MESSAGE_CLE_MANQUANTE);
        }
        return new SecretKeySpec(octets, "AES");
    }

    byte[] chiffrer(byte[] clair, UUID courriel, String partie) {
        var nonce = new byte[LONGUEUR_NONCE];
        alea.nextBytes(nonce);
        try {
            var chiffreur = Cipher.getInstance("AES/GCM/NoPadding");
            chiffreur.init(Cipher.ENCRYPT_MODE, cle, new GCMParameterSpec(LONGUEUR_ETIQUETTE_BITS, nonce));
            chiffreur.updateAAD(donneesAssociees(courriel, partie));
            var chiffre = chiffreur.doFinal(clair);
            return ByteBuffer.allocate(1 + nonce.length + chiffre.length).put(VERSION).put(nonce).put(chiffre).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Chiffrement impossible", e);
        }
    }

    byte[] chiffrer(String clair, UUID courriel, String partie) {
        return chiffrer(clair.getBytes(StandardCharsets.UTF_8), courriel, partie);
    }

    /** @throws IllegalStateException when the value was not encrypted with this key for this courriel and part */
    byte[] dechiffrer(byte[] chiffre, UUID courriel, String partie) {
        if (chiffre.length < 1 + LONGUEUR_NONCE || chiffre[0] != VERSION) {
            throw new IllegalStateException("Format de courriel chiffré inconnu");
        }
        try {
            var dechiffreur = Cipher.getInstance("AES/GCM/NoPadding");
            dechiffreur.init(Cipher.DECRYPT_MODE, cle,
                    new GCMParameterSpec(LONGUEUR_ETIQUETTE_BITS, chiffre, 1, LONGUEUR_NONCE));
            dechiffreur.updateAAD(donneesAssociees(courriel, partie));
            return dechiffreur.doFinal(chiffre, 1 + LONGUEUR_NONCE, chiffre.length - 1 - LONGUEUR_NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Courriel chiffré illisible avec la clé actuelle (PORTAIL_CLE_COURRIELS "
                    + "changée depuis son dépôt ?)", e);
        }
    }

    String dechiffrerTexte(byte[] chiffre, UUID courriel, String partie) {
        return new String(dechiffrer(chiffre, courriel, partie), StandardCharsets.UTF_8);
    }

    private static byte[] donneesAssociees(UUID courriel, String partie) {
        return ("courriel_sortant:" + courriel + ":" + partie).getBytes(StandardCharsets.UTF_8);
    }
}
