package fr.portailcep.test;


import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;

/**
 * A passkey authenticator inside Chromium (CDP WebAuthn domain): the phone's fingerprint reader, for tests. The
 * ceremonies it answers are real: keys, challenges and signatures are checked by the server with webauthn4j.
 */
public final class CleVirtuelle {

    private final CDPSession session;
    private final String authentificateur;

    private CleVirtuelle(CDPSession session, String authentificateur) {
        this.session = session;
        this.authentificateur = authentificateur;
    }

    public static CleVirtuelle sur(BrowserContext contexte, Page page) {
        var session = contexte.newCDPSession(page);
        session.send("WebAuthn.enable");
        var options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        var parametres = new JsonObject();
        parametres.add("options", options);
        var reponse = session.send("WebAuthn.addVirtualAuthenticator", parametres);
        return new CleVirtuelle(session, reponse.get("authenticatorId").getAsString());
    }

    /** The credentials this authenticator holds (one per passkey created). */
    public JsonArray cles() {
        var parametres = new JsonObject();
        parametres.addProperty("authenticatorId", authentificateur);
        return session.send("WebAuthn.getCredentials", parametres).getAsJsonArray("credentials");
    }

    /** Makes the next ceremonies fail user verification (a finger that is not recognised). */
    public void refuserVerification() {
        var parametres = new JsonObject();
        parametres.addProperty("authenticatorId", authentificateur);
        parametres.addProperty("isUserVerified", false);
        session.send("WebAuthn.setUserVerified", parametres);
    }

    /**
     * Makes the next answers claim that the person was not verified (UV flag at 0 in the authenticator data), as
     * an authenticator without fingerprint or PIN, or a tampered answer, would: the server must refuse them.
     */
    public void annoncerSansVerification() {
        var parametres = new JsonObject();
        parametres.addProperty("authenticatorId", authentificateur);
        parametres.addProperty("isBadUV", true);
        session.send("WebAuthn.setResponseOverrideBits", parametres);
    }

}
