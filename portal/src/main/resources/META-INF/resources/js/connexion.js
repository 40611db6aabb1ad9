// The sign-in page (/connexion, HTML-first): enables the passkey button when this browser can use passkeys, and
// runs the ceremony against Spring Security's /webauthn/authenticate/options and /login/webauthn (cles-acces.js).
// The page works without this file: the code by courriel needs no script.
import { connecter, disponible } from "./cles-acces.js";

const bouton = document.getElementById("connexion-cle");
const erreur = document.getElementById("erreur-cle");
const sansScript = document.getElementById("cle-sans-script");

function message(code) {
  const cle = "erreur" + code.charAt(0).toUpperCase() + code.slice(1);
  return bouton.dataset[cle] || bouton.dataset.erreurErreur;
}

if (bouton && erreur) {
  if (disponible()) {
    bouton.disabled = false;
    bouton.dataset.pret = "oui";
    if (sansScript) sansScript.hidden = true;
    bouton.addEventListener("click", async () => {
      bouton.disabled = true;
      erreur.textContent = "";
      let resultat;
      try {
        resultat = await connecter(bouton.dataset.entete, bouton.dataset.jeton);
      } catch (e) {
        resultat = "erreur";
      }
      if (resultat !== "ok") {
        bouton.disabled = false;
        erreur.textContent = message(resultat);
      }
    });
  }
}
