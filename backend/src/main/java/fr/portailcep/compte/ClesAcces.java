package fr.portailcep.compte;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.shared.Saisies;

/**
 * The passkeys of the person signed in: list and revoke. Creation goes through Spring Security's WebAuthn
 * endpoints ({@code /webauthn/register/options}, {@code /webauthn/register}), called from the account page.
 */
@Service
public class ClesAcces {

    /** The longest name of a passkey (the form's limit; the column is longer). */
    public static final int LONGUEUR_LIBELLE = 60;

    /** Refused: a professional must keep one passkey, or they could no longer sign in. */
    public static class DerniereCleException extends RuntimeException {
        DerniereCleException() {
            super("Un compte professionnel garde au moins une clé d’accès");
        }
    }

    private final PublicKeyCredentialUserEntityRepository utilisateurs;
    private final UserCredentialRepository cles;
    private final CompteRepository comptes;
    private final JournalConnexions journal;

    ClesAcces(PublicKeyCredentialUserEntityRepository utilisateurs, UserCredentialRepository cles,
            CompteRepository comptes, JournalConnexions journal) {
        this.utilisateurs = utilisateurs;
        this.cles = cles;
        this.comptes = comptes;
        this.journal = journal;
    }

    @Transactional(readOnly = true)
    public boolean possede(Compte compte) {
        var utilisateur = utilisateurs.findByUsername(compte.email());
        return utilisateur != null && !cles.findByUserId(utilisateur.getId()).isEmpty();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CleAcces> mesCles(Compte moi) {
        var utilisateur = utilisateurs.findByUsername(moi.email());
        if (utilisateur == null) {
            return List.of();
        }
        return cles.findByUserId(utilisateur.getId()).stream()
                .map(c -> new CleAcces(c.getCredentialId().toBase64UrlString(), c.getLabel(), c.getCreated(),
                        c.getLastUsed(), c.isBackupState()))
                .sorted(Comparator.comparing(CleAcces::creeeLe, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Revokes one of the person's own passkeys; the id of someone else's passkey is refused. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void supprimer(Compte moi, String idCle, OrigineRequete origine) {
        var mesCles = mesCles(moi);
        var cle = mesCles.stream().filter(c -> c.id().equals(idCle)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Cette clé d’accès n’est pas la vôtre"));
        if (moi.role().estProfessionnel() && mesCles.size() == 1) {
            throw new DerniereCleException();
        }
        cles.delete(Bytes.fromBase64(cle.id()));
        journal.noter(moi.email(), EvenementConnexion.CLE_ACCES_SUPPRIMEE, "CLE_ACCES", origine, cle.libelle());
    }

    /** The name a person gives a passkey, as the form takes it; refused when it cannot be stored. */
    public static String libelle(String saisi) {
        return Saisies.ligne("libelle", saisi, LONGUEUR_LIBELLE);
    }

    /** Recorded by the web layer when the WebAuthn registration endpoint accepted a new passkey. */
    public void noterAjout(String email, String libelle, OrigineRequete origine) {
        AdresseCourriel.lire(email).flatMap(a -> comptes.findByEmail(a.valeur())).ifPresent(c ->
                journal.noter(email, EvenementConnexion.CLE_ACCES_AJOUTEE, "CLE_ACCES", origine, libelle));
    }
}
