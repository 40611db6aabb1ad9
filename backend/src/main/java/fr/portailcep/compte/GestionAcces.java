package fr.portailcep.compte;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.shared.Systeme;

/**
 * What a manager does to the access of a professional: reset it when they lost their passkey (every passkey
 * removed, every session closed: they sign in again with an emailed code and create a new passkey), deactivate the
 * account of someone who left (sessions closed at once, history kept), reactivate it. Each act is in the journal.
 * <p>
 * Reached only through the team page's service ({@code operateur.EquipeService}), which applies the team rule
 * (the manager's sites, never a médiateur, never another manager's passkeys); this class keeps the rules it can
 * check alone (a professional, not oneself, not a médiateur).
 */
@Service
public class GestionAcces {

    /** Refused, with the key of the French text that says why (and the field of the form it is about, if any). */
    public static class ActeRefuse extends fr.portailcep.shared.ActeRefuse {

        public ActeRefuse(String cle) {
            super(cle);
        }

        private ActeRefuse(String champ, String cle) {
            super(fr.portailcep.shared.Saisies.Refus.de(cle), champ);
        }

        /** A refusal about one field of the form. */
        public static ActeRefuse surLeChamp(String champ, String cle) {
            return new ActeRefuse(champ, cle);
        }
    }

    private final CompteRepository comptes;
    private final CompteService compteService;
    private final PublicKeyCredentialUserEntityRepository utilisateurs;
    private final UserCredentialRepository cles;
    private final SessionsOuvertes sessions;
    private final JournalConnexions journal;
    private final JournalAudit audit;

    GestionAcces(CompteRepository comptes, CompteService compteService, PublicKeyCredentialUserEntityRepository utilisateurs,
            UserCredentialRepository cles, SessionsOuvertes sessions, JournalConnexions journal, JournalAudit audit) {
        this.audit = audit;
        this.comptes = comptes;
        this.compteService = compteService;
        this.utilisateurs = utilisateurs;
        this.cles = cles;
        this.sessions = sessions;
        this.journal = journal;
    }

    /** How many passkeys a person has (shown to the manager, never the keys themselves). */
    @Systeme
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public int nombreCles(Compte compte) {
        var utilisateur = utilisateurs.findByUsername(compte.email());
        return utilisateur == null ? 0 : cles.findByUserId(utilisateur.getId()).size();
    }

    /** @return the professional whose access was reset */
    @Systeme
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public Compte reinitialiser(UUID compteId, OrigineRequete origine) {
        var compte = professionnelAutreQueMoi(compteId);
        var utilisateur = utilisateurs.findByUsername(compte.email());
        if (utilisateur != null) {
            cles.findByUserId(utilisateur.getId()).forEach(c -> cles.delete(c.getCredentialId()));
        }
        var fermees = sessions.revoquerToutes(compte.email());
        journal.noter(compte.email(), EvenementConnexion.ACCES_REINITIALISE, "MANAGER", origine,
                "par " + moi().email() + ", " + fermees + " connexion(s) fermée(s)");
        return compte;
    }

    /**
     * The operations team resets the access of a professional (from the start-up configuration, with the reference
     * of the request): for those no manager may reset, a manager or a médiateur. Empty if no professional has
     * this address.
     */
    @Systeme
    @Transactional
    public java.util.Optional<Compte> reinitialiserParLExploitation(AdresseCourriel email, String reference) {
        var compte = comptes.findByEmail(email.valeur()).filter(c -> c.role().estProfessionnel());
        compte.ifPresent(c -> {
            var utilisateur = utilisateurs.findByUsername(c.email());
            if (utilisateur != null) {
                cles.findByUserId(utilisateur.getId()).forEach(cle -> cles.delete(cle.getCredentialId()));
            }
            var fermees = sessions.revoquerToutes(c.email());
            journal.noter(c.email(), EvenementConnexion.ACCES_REINITIALISE, "EXPLOITATION", OrigineRequete.INCONNUE,
                    "par l’exploitation, demande " + reference + ", " + fermees + " connexion(s) fermée(s)");
            audit.acte(ActionAudit.ACCES_REINITIALISE, c.id(), "exploitation", "demande " + reference);
        });
        return compte;
    }

    @Systeme
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public Compte desactiver(UUID compteId, OrigineRequete origine) {
        var compte = professionnelAutreQueMoi(compteId);
        compte.desactiver();
        sessions.revoquerToutes(compte.email());
        journal.noter(compte.email(), EvenementConnexion.COMPTE_DESACTIVE, "MANAGER", origine, "par " + moi().email());
        return compte;
    }

    @Systeme
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public Compte reactiver(UUID compteId, OrigineRequete origine) {
        var compte = professionnelAutreQueMoi(compteId);
        compte.reactiver();
        journal.noter(compte.email(), EvenementConnexion.COMPTE_REACTIVE, "MANAGER", origine, "par " + moi().email());
        return compte;
    }

    private Compte professionnelAutreQueMoi(UUID compteId) {
        var compte = comptes.findById(compteId).orElseThrow(() -> new ActeRefuse("equipe.refus.inconnu"));
        compte.refusDeGestionPar(moi().id()).ifPresent(cle -> {
            throw new ActeRefuse(cle);
        });
        return compte;
    }

    private Compte moi() {
        return compteService.exigerCompteConnecte();
    }
}
