package fr.portailcep.signature;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Set;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * A software passkey (ES256 with the JDK's ECDSA), for what a browser cannot be made to produce: an assertion
 * replayed, over another challenge, with chosen flags. It is registered as Spring Security would register a passkey,
 * and its assertions are built as WebAuthn §6.3.3 says: authenticatorData = SHA-256(rpId) ‖ flags ‖ counter, the
 * signature over authenticatorData ‖ SHA-256(clientDataJSON).
 */
final class CleLogicielle {

    static final int UP = 0x01;
    static final int UV = 0x04;

    private final KeyPair paire;
    final Bytes credentialId = Bytes.random();
    private int compteur;

    private CleLogicielle(KeyPair paire) {
        this.paire = paire;
    }

    /** A new passkey of this account (its WebAuthn user entity created if it has none yet). */
    static CleLogicielle enregistrer(String email, PublicKeyCredentialUserEntityRepository utilisateurs,
            UserCredentialRepository cles) throws Exception {
        var generateur = KeyPairGenerator.getInstance("EC");
        generateur.initialize(new ECGenParameterSpec("secp256r1"));
        var cle = new CleLogicielle(generateur.generateKeyPair());
        var utilisateur = utilisateurs.findByUsername(email);
        if (utilisateur == null) {
            utilisateur = ImmutablePublicKeyCredentialUserEntity.builder().name(email).id(Bytes.random())
                    .displayName(email).build();
            utilisateurs.save(utilisateur);
        }
        cles.save(ImmutableCredentialRecord.builder().credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .credentialId(cle.credentialId).userEntityUserId(utilisateur.getId())
                .publicKey(new ImmutablePublicKeyCose(cle.cose())).signatureCount(0).uvInitialized(true)
                .backupEligible(false).backupState(false).transports(Set.of())
                .attestationObject(new Bytes(new byte[] {0})).attestationClientDataJSON(new Bytes(new byte[] {0}))
                .created(Instant.now(java.time.Clock.systemUTC())).lastUsed(Instant.now(java.time.Clock.systemUTC()))
                .label("Clé logicielle").build());
        return cle;
    }

    /** The COSE_Key of the public key: {1: 2 (EC2), 3: -7 (ES256), -1: 1 (P-256), -2: x, -3: y}, in CBOR. */
    byte[] cose() {
        var w = ((ECPublicKey) paire.getPublic()).getW();
        var sortie = new ByteArrayOutputStream();
        sortie.writeBytes(new byte[] {(byte) 0xA5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21, 0x58, 0x20});
        sortie.writeBytes(sur32(w.getAffineX()));
        sortie.writeBytes(new byte[] {0x22, 0x58, 0x20});
        sortie.writeBytes(sur32(w.getAffineY()));
        return sortie.toByteArray();
    }

    /** The assertion, as {@code PublicKeyCredential.toJSON()} gives it. */
    String assertion(OptionsCeremonie options, String origine, int flags) throws Exception {
        return assertionSur(options.challenge(), options.rpId(), origine, flags);
    }

    String assertionSur(String challenge, String rpId, String origine, int flags) throws Exception {
        var clientData = ("{\"type\":\"webauthn.get\",\"challenge\":\"" + challenge + "\",\"origin\":\"" + origine
                + "\",\"crossOrigin\":false}").getBytes(StandardCharsets.UTF_8);
        var donnees = ByteBuffer.allocate(37);
        donnees.put(JsonCanonique.sha256(rpId.getBytes(StandardCharsets.UTF_8)));
        donnees.put((byte) flags);
        donnees.putInt(++compteur);
        var authData = donnees.array();
        var signe = Signature.getInstance("SHA256withECDSA");
        signe.initSign(paire.getPrivate());
        signe.update(authData);
        signe.update(JsonCanonique.sha256(clientData));
        var signature = signe.sign();
        return "{\"id\":\"" + credentialId.toBase64UrlString() + "\",\"rawId\":\"" + credentialId.toBase64UrlString()
                + "\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\"" + JsonCanonique.b64url(clientData)
                + "\",\"authenticatorData\":\"" + JsonCanonique.b64url(authData) + "\",\"signature\":\""
                + JsonCanonique.b64url(signature) + "\"},\"clientExtensionResults\":{}}";
    }

    private static byte[] sur32(BigInteger n) {
        var octets = n.toByteArray();
        var resultat = new byte[32];
        var longueur = Math.min(octets.length, 32);
        System.arraycopy(octets, octets.length - longueur, resultat, 32 - longueur, longueur);
        return resultat;
    }
}
