/**
 * Comptes et connexion : création d’un compte par courriel (code ou lien à usage unique), clés d’accès (passkeys,
 * WebAuthn), sessions ouvertes, journal des connexions. Les rôles : {@link fr.portailcep.compte.Role}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comptes et connexion")
package fr.portailcep.compte;
