package fr.portailcep.signature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The evidence attached to a sealed document ({@code preuves.json}, AFRelationship Data), as the seal writes it and
 * the verifier reads it, with no portal running:
 *
 * <pre>
 * { "format": "portail-cep/preuves/1",
 *   "document": { "sorte", "id", "type", "titre", "version", "empreinte" (SHA-256 hex of the original PDF) },
 *   "entrees": [ {                                  one entry of the evidence journal per act
 *       "numero", "precedente" (empreinte of the previous journal entry, 64 zeros for the first),
 *       "empreinte" (SHA-256 hex of this entry's canonical JSON without "empreinte"),
 *       "acte" (SIGNE...), "role", "nom", "methode" (CLE_ACCES, CODE_COURRIEL, PAPIER), "le" (ISO-8601),
 *       "enrolement" (how the passkey was bound to the person),
 *       "manifeste" (base64url of the canonical manifest bytes; its JSON has "empreinteDocument" and "rpId"),
 *       "clientDataJSON", "authenticatorData", "signature", "identifiantCle",
 *       "clePublique" (COSE key) : base64url, for CLE_ACCES } ] }
 * </pre>
 *
 * The WebAuthn challenge is SHA-256(manifest bytes); the passkey signed authenticatorData || SHA-256(clientDataJSON).
 * Canonical JSON: object keys sorted by code point, no whitespace, Jackson's string escaping.
 */
public final class FormatPreuves {

    public static final String FORMAT = "portail-cep/preuves/1";

    /** The name of the evidence attachment. */
    public static final String FICHIER_PREUVES = "preuves.json";

    /** The hash before the first entry of a journal. */
    public static final String AUCUNE = "0".repeat(64);

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private FormatPreuves() {
    }

    /** The canonical bytes of a JSON value. */
    public static byte[] canonique(JsonNode valeur) {
        return JSON.writeValueAsBytes(trie(valeur));
    }

    private static Object trie(JsonNode valeur) {
        if (valeur.isObject()) {
            var trie = new TreeMap<String, Object>();
            valeur.properties().forEach(e -> trie.put(e.getKey(), trie(e.getValue())));
            return trie;
        }
        if (valeur.isArray()) {
            var liste = new java.util.ArrayList<Object>();
            valeur.forEach(v -> liste.add(trie(v)));
            return liste;
        }
        return valeur;
    }

    /** The hash of an evidence entry: SHA-256 of its canonical JSON without its own "empreinte". */
    public static String empreinteEntree(JsonNode entree) {
        var copie = (ObjectNode) entree.deepCopy();
        copie.remove("empreinte");
        return sha256Hex(canonique(copie));
    }

    public static String sha256Hex(byte[] octets) {
        return HexFormat.of().formatHex(sha256(octets));
    }

    public static byte[] sha256(byte[] octets) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(octets);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] utf8(String texte) {
        return texte.getBytes(StandardCharsets.UTF_8);
    }
}
