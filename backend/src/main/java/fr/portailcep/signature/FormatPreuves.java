package fr.portailcep.signature;

import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evidence attached to a sealed document ({@value #FICHIER_PREUVES}, AFRelationship Data), as the seal writes it
 * and {@link Verification} reads it with no portal running:
 *
 * <pre>
 * { "format": "portail-cep/preuves/1",
 *   "document": { "sorte", "id", "type", "titre", "version", "empreinte" (SHA-256 hex of the original PDF) },
 *   "entrees": [ every journal entry about this version, in journal order, each exactly
 *                {@link EntreePreuve#json()}: numero, acte, compteId, role, methode, manifeste (canonical JSON
 *                text), clientDataJson, authenticatorData, signature, credentialId, clePublique (COSE_Key) in
 *                base64url, flags, compteurSignature, enrolement, detail, horodatage, empreintePrecedente, empreinte ] }
 * </pre>
 *
 * An entry's {@code empreinte} is SHA-256 of its fields but {@code empreinte}, in {@link JsonCanonique} form; the
 * WebAuthn challenge is SHA-256 of the manifest's UTF-8 bytes; the passkey signed
 * {@code authenticatorData || SHA-256(clientDataJSON)}.
 */
public final class FormatPreuves {

    public static final String FORMAT = "portail-cep/preuves/1";

    /** The name of the evidence attachment. */
    public static final String FICHIER_PREUVES = "preuves.json";

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private FormatPreuves() {
    }

    /** The evidence file of a version: its description and its journal entries. */
    public static byte[] json(DocumentASigner document, List<EntreePreuve> preuves) {
        var racine = JSON.createObjectNode();
        racine.put("format", FORMAT);
        racine.putObject("document").put("sorte", document.sorte()).put("id", document.id().toString())
                .put("type", document.type()).put("titre", document.titre()).put("version", document.version())
                .put("empreinte", document.empreinte());
        var entrees = racine.putArray("entrees");
        for (var preuve : preuves) {
            entrees.add(JSON.readTree(preuve.json()));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(racine);
    }

    /**
     * The hash an entry read back from the file must carry: SHA-256 of its {@link JsonCanonique} form without
     * {@code empreinte} (strings, integers and objects only, as the journal writes them).
     */
    public static String empreinteEntree(JsonNode entree) {
        return JsonCanonique.sha256Hex(canonique(entree, "empreinte").texte());
    }

    private static JsonCanonique.Objet canonique(JsonNode objet, String sauf) {
        var resultat = JsonCanonique.objet();
        for (var champ : objet.properties()) {
            var valeur = champ.getValue();
            if (champ.getKey().equals(sauf) || valeur.isNull()) {
                continue;
            }
            if (valeur.isObject()) {
                resultat.avec(champ.getKey(), canonique(valeur, null));
            } else if (valeur.isIntegralNumber()) {
                resultat.avec(champ.getKey(), valeur.asLong());
            } else if (valeur.isString()) {
                resultat.avec(champ.getKey(), valeur.asString());
            } else {
                throw new IllegalArgumentException("valeur non canonique : " + champ.getKey());
            }
        }
        return resultat;
    }

    public static String sha256Hex(byte[] octets) {
        return JsonCanonique.sha256Hex(octets);
    }

    public static byte[] sha256(byte[] octets) {
        return JsonCanonique.sha256(octets);
    }

    public static byte[] utf8(String texte) {
        return texte.getBytes(StandardCharsets.UTF_8);
    }
}
