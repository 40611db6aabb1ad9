package fr.portailcep.signature;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.node.ObjectNode;

/**
 * Evidence as the ceremony writes it ({@link EntreePreuve}), made by a software authenticator: an EC P-256 key
 * (JCA), authenticatorData (rpIdHash, flags UP|UV, counter), clientDataJSON carrying the challenge
 * SHA-256(manifest), and the signature of authenticatorData || SHA-256(clientDataJSON) — a real WebAuthn assertion.
 */
public final class PreuvesDeTest {

    public static final String RP_ID = "portail.test";

    private final List<EntreePreuve> entrees = new ArrayList<>();

    private final UUID id;

    private final int version;

    private final String empreinte;

    private long numero = 41;

    private String precedente = EntreePreuve.ORIGINE;

    public PreuvesDeTest(UUID id, int version, byte[] original) {
        this.id = id;
        this.version = version;
        this.empreinte = FormatPreuves.sha256Hex(original);
    }

    public static KeyPair cleAcces() {
        try {
            var generateur = KeyPairGenerator.getInstance("EC");
            generateur.initialize(256);
            return generateur.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String manifeste(UUID compteId, String nom, RoleSignataire role, Instant le) {
        return JsonCanonique.objet().avec("sorte", "LIVRABLE").avec("type", "ETAT_DES_LIEUX")
                .avec("documentId", id.toString()).avec("version", (long) version)
                .avec("empreinteDocument", empreinte)
                .avec("signataire", JsonCanonique.objet().avec("compteId", compteId.toString()).avec("nom", nom))
                .avec("role", role.name()).avec("consentement", "Lu et approuvé").avec("decision", "APPROUVE")
                .avec("nonce", b64(FormatPreuves.sha256(FormatPreuves.utf8(nom + le))))
                .avec("emisLe", le.minusSeconds(60).toString()).avec("expireLe", le.plusSeconds(240).toString())
                .avec("rpId", RP_ID).avec("origin", "https://" + RP_ID).texte();
    }

    /** A passkey signature; {@code drapeaux} 0x05 is UP|UV. */
    public PreuvesDeTest cleAcces(UUID compteId, String nom, RoleSignataire role, Instant le, KeyPair cle, int drapeaux) {
        try {
            var manifeste = manifeste(compteId, nom, role, le);
            var defi = b64(FormatPreuves.sha256(FormatPreuves.utf8(manifeste)));
            var clientData = FormatPreuves.utf8("{\"type\":\"webauthn.get\",\"challenge\":\"" + defi
                    + "\",\"origin\":\"https://" + RP_ID + "\",\"crossOrigin\":false}");
            var authData = ByteBuffer.allocate(37).put(FormatPreuves.sha256(FormatPreuves.utf8(RP_ID)))
                    .put((byte) drapeaux).putInt(7).array();
            var signe = new ByteArrayOutputStream();
            signe.write(authData);
            signe.write(FormatPreuves.sha256(clientData));
            var signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(cle.getPrivate());
            signature.update(signe.toByteArray());
            return ajouter(ActePreuve.SIGNATURE, compteId, role, MethodeSignature.CLE_ACCES, manifeste,
                    b64(clientData), b64(authData), b64(signature.sign()),
                    b64(FormatPreuves.sha256(cle.getPublic().getEncoded())), b64(cose((ECPublicKey) cle.getPublic())),
                    drapeaux, 7L, JsonCanonique.objet().avec("niveau", "COURRIEL").texte(), le);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public PreuvesDeTest cleAcces(UUID compteId, String nom, RoleSignataire role, Instant le) {
        return cleAcces(compteId, nom, role, le, cleAcces(), 0x05);
    }

    public PreuvesDeTest codeCourriel(UUID compteId, String nom, RoleSignataire role, Instant le) {
        return ajouter(ActePreuve.CODE_COURRIEL, compteId, role, MethodeSignature.CODE_COURRIEL,
                manifeste(compteId, nom, role, le), null, null, null, null, null, null, null, null, le);
    }

    private PreuvesDeTest ajouter(ActePreuve acte, UUID compteId, RoleSignataire role, MethodeSignature methode,
            String manifeste, String clientData, String authData, String signature, String credentialId,
            String clePublique, Integer flags, Long compteur, String enrolement, Instant le) {
        var sans = new EntreePreuve(++numero, "LIVRABLE", id, version, acte, compteId, role, methode, manifeste,
                clientData, authData, signature, credentialId, clePublique, flags, compteur, enrolement, null, le,
                precedente, null);
        var entree = new EntreePreuve(sans.numero(), sans.sorte(), sans.documentId(), sans.version(), sans.acte(),
                sans.compteId(), sans.role(), sans.methode(), sans.manifeste(), sans.clientDataJson(),
                sans.authenticatorData(), sans.signature(), sans.credentialId(), sans.clePublique(), sans.flags(),
                sans.compteurSignature(), sans.enrolement(), sans.detail(), sans.horodatage(),
                sans.empreintePrecedente(), sans.empreinteCalculee());
        precedente = entree.empreinte();
        entrees.add(entree);
        return this;
    }

    public List<EntreePreuve> entrees() {
        return List.copyOf(entrees);
    }

    /** Rewrites every entry's hash and the chain after an edit (what a forger would do). */
    public static byte[] rechainer(byte[] json) {
        var racine = (ObjectNode) FormatPreuves.JSON.readTree(json);
        var precedente = EntreePreuve.ORIGINE;
        for (var entree : racine.path("entrees")) {
            var objet = (ObjectNode) entree;
            objet.put("empreintePrecedente", precedente);
            objet.put("empreinte", FormatPreuves.empreinteEntree(objet));
            precedente = objet.path("empreinte").asString();
        }
        return FormatPreuves.JSON.writeValueAsBytes(racine);
    }

    /** The COSE_Key of an EC2 P-256 key, CBOR by hand: {1: 2, 3: -7, -1: 1, -2: x, -3: y}. */
    public static byte[] cose(ECPublicKey cle) {
        var sortie = new ByteArrayOutputStream();
        sortie.writeBytes(new byte[] {(byte) 0xa5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21, 0x58, 0x20});
        sortie.writeBytes(fixe(cle.getW().getAffineX()));
        sortie.writeBytes(new byte[] {0x22, 0x58, 0x20});
        sortie.writeBytes(fixe(cle.getW().getAffineY()));
        return sortie.toByteArray();
    }

    private static byte[] fixe(BigInteger valeur) {
        var octets = valeur.toByteArray();
        var resultat = new byte[32];
        var n = Math.min(32, octets.length);
        System.arraycopy(octets, octets.length - n, resultat, 32 - n, n);
        return resultat;
    }

    public static String b64(byte[] octets) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
    }
}
