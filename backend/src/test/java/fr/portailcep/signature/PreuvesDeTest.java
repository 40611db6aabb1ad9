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
 * Evidence as the ceremony writes it, made by a software authenticator: an EC P-256 key (JCA), authenticatorData
 * (rpIdHash, flags UP|UV, counter), clientDataJSON carrying the challenge SHA-256(manifest), and the signature of
 * authenticatorData || SHA-256(clientDataJSON) — a real WebAuthn assertion.
 */
final class PreuvesDeTest {

    static final String RP_ID = "portail.test";

    private final ObjectNode racine = FormatPreuves.JSON.createObjectNode();

    private final List<ObjectNode> entrees = new ArrayList<>();

    private final String empreinte;

    private long numero = 41;

    private String precedente = FormatPreuves.AUCUNE;

    PreuvesDeTest(UUID id, String type, int version, byte[] original) {
        empreinte = FormatPreuves.sha256Hex(original);
        racine.put("format", FormatPreuves.FORMAT);
        var document = racine.putObject("document");
        document.put("sorte", "LIVRABLE").put("id", id.toString()).put("type", type).put("version", version)
                .put("titre", "État des lieux partagé").put("empreinte", empreinte);
    }

    static KeyPair cleAcces() {
        try {
            var generateur = KeyPairGenerator.getInstance("EC");
            generateur.initialize(256);
            return generateur.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A passkey signature; {@code drapeaux} 0x05 is UP|UV. */
    PreuvesDeTest cleAcces(String nom, RoleSignataire role, Instant le, KeyPair cle, int drapeaux) {
        try {
            var manifeste = FormatPreuves.JSON.createObjectNode();
            manifeste.put("sorte", "LIVRABLE").put("type", "ETAT_DES_LIEUX").put("empreinteDocument", empreinte)
                    .put("signataire", nom).put("role", role.name()).put("consentement", "Lu et approuvé")
                    .put("decision", "SIGNER").put("nonce", UUID.randomUUID().toString())
                    .put("emisLe", le.minusSeconds(60).toString()).put("expireLe", le.plusSeconds(240).toString())
                    .put("rpId", RP_ID).put("origine", "https://" + RP_ID);
            var octetsManifeste = FormatPreuves.canonique(manifeste);
            var defi = b64(FormatPreuves.sha256(octetsManifeste));
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
            var entree = entree(nom, role, le, MethodeSignature.CLE_ACCES);
            entree.put("manifeste", b64(octetsManifeste)).put("clientDataJSON", b64(clientData))
                    .put("authenticatorData", b64(authData)).put("signature", b64(signature.sign()))
                    .put("identifiantCle", b64(FormatPreuves.sha256(cle.getPublic().getEncoded())))
                    .put("clePublique", b64(cose((ECPublicKey) cle.getPublic())))
                    .put("enrolement", "COURRIEL");
            return ajouter(entree);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    PreuvesDeTest cleAcces(String nom, RoleSignataire role, Instant le) {
        return cleAcces(nom, role, le, cleAcces(), 0x05);
    }

    PreuvesDeTest papier(String nom, RoleSignataire role, Instant le) {
        return ajouter(entree(nom, role, le, MethodeSignature.PAPIER));
    }

    private ObjectNode entree(String nom, RoleSignataire role, Instant le, MethodeSignature methode) {
        var entree = FormatPreuves.JSON.createObjectNode();
        entree.put("numero", ++numero).put("precedente", precedente).put("acte", "SIGNE").put("role", role.name())
                .put("nom", nom).put("methode", methode.name()).put("le", le.toString());
        return entree;
    }

    private PreuvesDeTest ajouter(ObjectNode entree) {
        var empreinteEntree = FormatPreuves.empreinteEntree(entree);
        entree.put("empreinte", empreinteEntree);
        precedente = empreinteEntree;
        entrees.add(entree);
        return this;
    }

    byte[] json() {
        var tableau = racine.putArray("entrees");
        entrees.forEach(tableau::add);
        return FormatPreuves.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(racine);
    }

    /** Rewrites every entry's hash and the chain after an edit (what a forger would do). */
    static byte[] rechainer(byte[] json) {
        var racine = (ObjectNode) FormatPreuves.JSON.readTree(json);
        var precedente = FormatPreuves.AUCUNE;
        for (var entree : racine.path("entrees")) {
            var objet = (ObjectNode) entree;
            objet.put("precedente", precedente);
            objet.put("empreinte", FormatPreuves.empreinteEntree(objet));
            precedente = objet.path("empreinte").asString();
        }
        return FormatPreuves.JSON.writeValueAsBytes(racine);
    }

    /** The COSE_Key of an EC2 P-256 key, CBOR by hand: {1: 2, 3: -7, -1: 1, -2: x, -3: y}. */
    static byte[] cose(ECPublicKey cle) {
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

    static String b64(byte[] octets) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
    }
}
