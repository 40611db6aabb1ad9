// Signing ceremony (issue 10): navigator.credentials.get with the options the server built (the challenge is the
// SHA-256 of the signing manifest), and the credential sent back as PublicKeyCredential.toJSON().
// Loaded on demand by the signature views (import()), without any frontend build.

const b64 = {
  encode(buffer) {
    const base64 = btoa(String.fromCharCode(...new Uint8Array(buffer)));
    return base64.replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
  },
  decode(texte) {
    const base64 = texte.replace(/-/g, "+").replace(/_/g, "/");
    const binaire = atob(base64);
    const octets = new Uint8Array(binaire.length);
    for (let i = 0; i < binaire.length; i++) octets[i] = binaire.charCodeAt(i);
    return octets.buffer;
  },
};

function options(json) {
  const o = JSON.parse(json);
  if (typeof PublicKeyCredential.parseRequestOptionsFromJSON === "function") {
    return PublicKeyCredential.parseRequestOptionsFromJSON(o);
  }
  return {
    challenge: b64.decode(o.challenge),
    rpId: o.rpId,
    allowCredentials: o.allowCredentials.map((c) => ({ type: c.type, id: b64.decode(c.id) })),
    userVerification: o.userVerification,
    timeout: o.timeout,
  };
}

function versJson(credential) {
  if (typeof credential.toJSON === "function") return credential.toJSON();
  const r = credential.response;
  return {
    id: credential.id,
    rawId: b64.encode(credential.rawId),
    type: credential.type,
    response: {
      clientDataJSON: b64.encode(r.clientDataJSON),
      authenticatorData: b64.encode(r.authenticatorData),
      signature: b64.encode(r.signature),
      userHandle: r.userHandle ? b64.encode(r.userHandle) : null,
    },
    clientExtensionResults: {},
  };
}

// Resolves with {credential: "<json>"} or {erreur: "<DOMException name>"}; never rejects.
export async function signer(optionsJson) {
  if (!window.PublicKeyCredential || !navigator.credentials) return { erreur: "NotSupportedError" };
  try {
    const credential = await navigator.credentials.get({ publicKey: options(optionsJson) });
    if (!credential) return { erreur: "NotAllowedError" };
    return { credential: JSON.stringify(versJson(credential)) };
  } catch (e) {
    return { erreur: (e && e.name) || "UnknownError" };
  }
}
