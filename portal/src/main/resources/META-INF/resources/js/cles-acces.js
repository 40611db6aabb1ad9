// Passkeys (WebAuthn) for the Portail CEP, against Spring Security's endpoints:
// /webauthn/register/options, /webauthn/register, /webauthn/authenticate/options, /login/webauthn.
// Loaded on demand by the views (import()), without any frontend build.

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

async function poster(url, csrf, corps) {
  const reponse = await fetch(url, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", [csrf.entete]: csrf.jeton },
    body: corps ? JSON.stringify(corps) : undefined,
  });
  if (!reponse.ok) {
    const erreur = new Error("HTTP " + reponse.status);
    erreur.statut = reponse.status;
    throw erreur;
  }
  return reponse.json();
}

let annulation = null;
function nouveauSignal() {
  if (annulation) annulation.abort("Nouvelle demande");
  annulation = new AbortController();
  return annulation.signal;
}

/** True when this browser can use passkeys. */
export function disponible() {
  return !!(window.PublicKeyCredential && navigator.credentials);
}

/**
 * Creates a passkey for the person signed in. Returns "ok", or an error code: "annule", "existe", "erreur", or
 * "confirmer" when the server wants a recent authentication first.
 */
export async function creer(entete, jeton, libelle) {
  const csrf = { entete, jeton };
  if (!disponible()) return "indisponible";
  try {
    const options = await poster("/webauthn/register/options", csrf);
    const publicKey = {
      ...options,
      user: { ...options.user, id: b64.decode(options.user.id) },
      challenge: b64.decode(options.challenge),
      excludeCredentials: (options.excludeCredentials || []).map((c) => ({ ...c, id: b64.decode(c.id) })),
    };
    let cle;
    try {
      cle = await navigator.credentials.create({ publicKey, signal: nouveauSignal() });
    } catch (e) {
      return e && e.name === "InvalidStateError" ? "existe" : "annule";
    }
    const reponse = cle.response;
    const resultat = await poster("/webauthn/register", csrf, {
      publicKey: {
        credential: {
          id: cle.id,
          rawId: b64.encode(cle.rawId),
          response: {
            attestationObject: b64.encode(reponse.attestationObject),
            clientDataJSON: b64.encode(reponse.clientDataJSON),
            transports: reponse.getTransports ? reponse.getTransports() : [],
          },
          type: cle.type,
          clientExtensionResults: cle.getClientExtensionResults(),
          authenticatorAttachment: cle.authenticatorAttachment,
        },
        label: libelle,
      },
    });
    return resultat && resultat.success ? "ok" : "erreur";
  } catch (e) {
    if (e && e.statut === 403) return "confirmer";
    console.error(e);
    return "erreur";
  }
}

/**
 * Signs in with a passkey, then goes to the page the server names. Returns an error code when it did not work:
 * "annule" (the person closed the prompt), "refuse" (unknown or wrong key), "erreur".
 */
export async function connecter(entete, jeton) {
  return ceremonie({ entete, jeton }, true);
}

/**
 * Confirms who the person signed in is, with one of their passkeys, and stays on the page (the server notes a
 * recent authentication in this session). Returns "ok" or an error code, as connecter().
 */
export async function confirmer(entete, jeton) {
  return ceremonie({ entete, jeton }, false);
}

async function ceremonie(csrf, suivre) {
  if (!disponible()) return "indisponible";
  try {
    const options = await poster("/webauthn/authenticate/options", csrf);
    const publicKey = {
      ...options,
      allowCredentials: (options.allowCredentials || []).map((c) => ({ ...c, id: b64.decode(c.id) })),
      challenge: b64.decode(options.challenge),
    };
    let cle;
    try {
      cle = await navigator.credentials.get({ publicKey, signal: nouveauSignal() });
    } catch (e) {
      return "annule";
    }
    const reponse = cle.response;
    let resultat;
    try {
      resultat = await poster("/login/webauthn", csrf, {
        id: cle.id,
        rawId: b64.encode(cle.rawId),
        response: {
          authenticatorData: b64.encode(reponse.authenticatorData),
          clientDataJSON: b64.encode(reponse.clientDataJSON),
          signature: b64.encode(reponse.signature),
          userHandle: reponse.userHandle ? b64.encode(reponse.userHandle) : undefined,
        },
        credType: cle.type,
        clientExtensionResults: cle.getClientExtensionResults(),
        authenticatorAttachment: cle.authenticatorAttachment,
      });
    } catch (e) {
      return "refuse";
    }
    if (resultat && resultat.authenticated && resultat.redirectUrl) {
      if (suivre) window.location.href = resultat.redirectUrl;
      return "ok";
    }
    return "refuse";
  } catch (e) {
    console.error(e);
    return "erreur";
  }
}

/** Posts a sign-in ticket to Spring Security's one-time-token login, as a real form (the session changes). */
export function posterTicket(ticket, parametreCsrf, jetonCsrf) {
  const formulaire = document.createElement("form");
  formulaire.method = "post";
  formulaire.action = "/login/ott";
  formulaire.hidden = true;
  for (const [nom, valeur] of [["token", ticket], [parametreCsrf, jetonCsrf]]) {
    const champ = document.createElement("input");
    champ.type = "hidden";
    champ.name = nom;
    champ.value = valeur;
    formulaire.appendChild(champ);
  }
  document.body.appendChild(formulaire);
  formulaire.submit();
  return "ok";
}
