package fr.portailcep.compte.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import fr.portailcep.compte.ClesAcces;
import fr.portailcep.compte.OrigineCourante;
import fr.portailcep.compte.SessionsOuvertes;

/**
 * Spring Security's WebAuthn operations, with what the portal adds to the creation of a passkey (issue 8,
 * finding 4): it needs a recent authentication in this session (sign-in, or a confirmation on the account page),
 * else the endpoints answer 403; and once the passkey is verified and saved, in the same transaction, the journal
 * records it and the person is told by courriel. The server sees the addition itself: nothing relies on what the
 * browser reports. Sign-in ceremonies pass through unchanged.
 */
class ClesAccesSousControle implements WebAuthnRelyingPartyOperations {

    private final WebAuthnRelyingPartyOperations operations;
    private final SessionsOuvertes sessions;
    private final ClesAcces clesAcces;
    private final OrigineCourante origine;
    private final TransactionOperations transaction;

    ClesAccesSousControle(WebAuthnRelyingPartyOperations operations, SessionsOuvertes sessions, ClesAcces clesAcces,
            OrigineCourante origine, TransactionOperations transaction) {
        this.operations = operations;
        this.sessions = sessions;
        this.clesAcces = clesAcces;
        this.origine = origine;
        this.transaction = transaction;
    }

    @Override
    public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
            PublicKeyCredentialCreationOptionsRequest request) {
        exigerAuthentificationRecente();
        return operations.createPublicKeyCredentialCreationOptions(request);
    }

    @Override
    public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
        exigerAuthentificationRecente();
        var cle = request.getPublicKey();
        var normalisee = new ImmutableRelyingPartyRegistrationRequest(request.getCreationOptions(),
                new RelyingPartyPublicKey(cle.getCredential(), ClesAcces.libelleNettoye(cle.getLabel())));
        var email = request.getCreationOptions().getUser().getName();
        return transaction.execute(statut -> {
            var enregistree = operations.registerCredential(normalisee);
            clesAcces.cleAjoutee(email, enregistree.getLabel(), origine.lire());
            return enregistree;
        });
    }

    @Override
    public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
            PublicKeyCredentialRequestOptionsRequest request) {
        return operations.createCredentialRequestOptions(request);
    }

    @Override
    public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
        return operations.authenticate(request);
    }

    private void exigerAuthentificationRecente() {
        String sessionId = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributs
                && attributs.getRequest().getSession(false) != null) {
            sessionId = attributs.getRequest().getSession(false).getId();
        }
        if (!sessions.authentificationRecente(sessionId)) {
            throw new AccessDeniedException("Ajouter une clé d’accès demande une authentification récente");
        }
    }
}
