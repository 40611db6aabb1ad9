package fr.portailcep.signature;

import java.util.List;
import java.util.UUID;

/**
 * What the browser needs for {@code navigator.credentials.get}: the challenge (SHA-256 of the manifest, base64url),
 * the rpId, this signer's passkeys only, user verification required, the timeout; and the manifest itself, so that
 * the screen may show what is signed.
 */
public record OptionsCeremonie(UUID intentionId, String challenge, String rpId, List<String> allowCredentials,
        String userVerification, long timeout, String manifeste) {

    public OptionsCeremonie {
        allowCredentials = List.copyOf(allowCredentials);
    }

    /** The options as the JSON {@code PublicKeyCredential.parseRequestOptionsFromJSON} reads. */
    public String json() {
        var cles = new StringBuilder("[");
        for (int i = 0; i < allowCredentials.size(); i++) {
            if (i > 0) {
                cles.append(',');
            }
            cles.append("{\"type\":\"public-key\",\"id\":");
            JsonCanonique.chaine(cles, allowCredentials.get(i));
            cles.append('}');
        }
        cles.append(']');
        var sortie = new StringBuilder("{\"challenge\":");
        JsonCanonique.chaine(sortie, challenge);
        sortie.append(",\"rpId\":");
        JsonCanonique.chaine(sortie, rpId);
        sortie.append(",\"allowCredentials\":").append(cles);
        sortie.append(",\"userVerification\":");
        JsonCanonique.chaine(sortie, userVerification);
        sortie.append(",\"timeout\":").append(timeout).append('}');
        return sortie.toString();
    }
}
