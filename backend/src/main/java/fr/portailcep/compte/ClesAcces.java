package fr.portailcep.compte;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ActeRefuse;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.Systeme;
import fr.portailcep.shared.Textes;
import fr.portailcep.shared.UrlPublique;
import fr.portailcep.shared.courriel.Courriel;
import fr.portailcep.shared.courriel.Courrier;

/**
 * The passkeys of the person signed in: list and revoke. Creation goes through Spring Security's WebAuthn
 * endpoints ({@code /webauthn/register/options}, {@code /webauthn/register}), called from the account page; the
 * web layer tells {@link #cleAjoutee} when that endpoint has saved a new passkey, never the browser.
 */
@Service
public class ClesAcces {

    /** The longest name of a passkey (the form's limit; the column is longer). */
    public static final int LONGUEUR_LIBELLE = 60;

    /** Refused: a professional must keep one passkey, or they could no longer sign in. */
    public static class DerniereCleException extends ActeRefuse {
        DerniereCleException() {
            super("cles.derniere");
        }
    }

    private final PublicKeyCredentialUserEntityRepository utilisateurs;
    private final UserCredentialRepository cles;
    private final CompteRepository comptes;
    private final JournalConnexions journal;
    private final Courrier courrier;
    private final Textes textes;
    private final UrlPublique urlPublique;
    private final Clock horloge;

    ClesAcces(PublicKeyCredentialUserEntityRepository utilisateurs, UserCredentialRepository cles,
            CompteRepository comptes, JournalConnexions journal, Courrier courrier, Textes textes,
            UrlPublique urlPublique, Clock horloge) {
        this.utilisateurs = utilisateurs;
        this.cles = cles;
        this.comptes = comptes;
        this.journal = journal;
        this.courrier = courrier;
        this.textes = textes;
        this.urlPublique = urlPublique;
        this.horloge = horloge;
    }

    @Systeme
    @Transactional(readOnly = true)
    public boolean possede(Compte compte) {
        var utilisateur = utilisateurs.findByUsername(compte.email());
        return utilisateur != null && !cles.findByUserId(utilisateur.getId()).isEmpty();
    }

    /** Whether the person signed in has a passkey. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean jAiUneCle(Compte moi) {
        return possede(Soi.exiger(moi));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CleAcces> mesCles(Compte moi) {
        Soi.exiger(moi);
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
        Soi.exiger(moi);
        var mesCles = mesCles(moi);
        var cle = mesCles.stream().filter(c -> c.id().equals(idCle)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Cette clé d’accès n’est pas la vôtre"));
        if (!moi.peutRetirerUneCle(mesCles.size())) {
            throw new DerniereCleException();
        }
        cles.delete(Bytes.fromBase64(cle.id()));
        journal.noter(moi.email(), EvenementConnexion.CLE_ACCES_SUPPRIMEE, "CLE_ACCES", origine, cle.libelle());
    }

    /**
     * Called by the web layer once Spring Security's registration endpoint has verified and saved a new passkey:
     * the journal records it, and the person is told by courriel (with what to do if it was not them).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void cleAjoutee(String email, String libelle, OrigineRequete origine) {
        var authentification = SecurityContextHolder.getContext().getAuthentication();
        if (authentification == null || !email.equals(authentification.getName())) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Une clé d’accès s’ajoute au compte de la personne connectée");
        }
        var compte = comptes.findByEmail(email).orElse(null);
        if (compte == null) {
            return;
        }
        journal.noter(email, EvenementConnexion.CLE_ACCES_AJOUTEE, "CLE_ACCES", origine, libelle);
        var quand = horloge.instant().atZone(horloge.getZone());
        courrier.deposer(Courriel.a(email)
                .sujet(textes.get("compte.courriel.cle.sujet"))
                .salutation(textes.get("courriel.bonjour", compte.prenom()))
                .paragraphe(textes.get("compte.courriel.cle.texte", Formats.francais().date(quand.toLocalDate()), Formats.francais().heure(quand.toLocalTime()), libelle))
                .paragraphe(textes.get("compte.courriel.cle.vous"))
                .paragraphe(textes.get(compte.role().estProfessionnel() ? "compte.courriel.cle.pasvous.pro"
                        : "compte.courriel.cle.pasvous"))
                .bouton(textes.get("compte.courriel.cle.bouton"),
                        urlPublique.lien(compte.role().estProfessionnel() ? "/espace-pro/compte" : "/compte")));
    }

    /**
     * The name of a passkey as the browser sent it, made storable rather than refused (it reaches the server through
     * Spring's registration endpoint, not a form): controls removed, {@link #LONGUEUR_LIBELLE} at most, a default
     * name when nothing is left.
     */
    public static String libelleNettoye(String recu) {
        var propre = Saisies.assainir(recu, LONGUEUR_LIBELLE);
        return propre == null || propre.isBlank() ? "Clé d’accès" : propre;
    }

    /** The name a person gives a passkey, as the form takes it; refused when it cannot be stored. */
    public static String libelle(String saisi) {
        return Saisies.ligne("libelle", saisi, LONGUEUR_LIBELLE);
    }
}
