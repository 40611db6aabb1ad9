package fr.portailcep.operateur;

import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.GestionAcces;
import fr.portailcep.compte.OrigineRequete;
import fr.portailcep.compte.Role;
import fr.portailcep.shared.Textes;
import fr.portailcep.shared.UrlPublique;
import fr.portailcep.shared.courriel.Courriel;
import fr.portailcep.shared.courriel.Courrier;

/**
 * The manager's team page: who works for the operator, at which sites, whether they can sign in; inviting a new
 * member, changing their sites, resetting the access of someone who lost their passkey, deactivating the account
 * of someone who left.
 */
@Service
public class EquipeService {

    private static final Set<Role> ROLES = EnumSet.of(Role.CONSEILLER, Role.MANAGER, Role.MEDIATEUR);

    /** A member of the team as the manager sees them. */
    public record Membre(Compte compte, List<Site> sites, int cles) {
    }

    /** The invitation cannot be sent: field → key of the French text. */
    public static class InvitationRefusee extends RuntimeException {
        private final Map<String, String> erreurs;

        InvitationRefusee(Map<String, String> erreurs) {
            super(erreurs.toString());
            this.erreurs = Map.copyOf(erreurs);
        }

        public Map<String, String> erreurs() {
            return erreurs;
        }
    }

    private final CompteService comptes;
    private final GestionAcces acces;
    private final OperateurService operateurs;
    private final Courrier courrier;
    private final Textes textes;
    private final UrlPublique urlPublique;
    private final Clock horloge;

    EquipeService(CompteService comptes, GestionAcces acces, OperateurService operateurs, Courrier courrier,
            Textes textes, UrlPublique urlPublique, Clock horloge) {
        this.comptes = comptes;
        this.acces = acces;
        this.operateurs = operateurs;
        this.courrier = courrier;
        this.textes = textes;
        this.urlPublique = urlPublique;
        this.horloge = horloge;
    }

    /** Active members first, then by name. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<Membre> membres() {
        var collation = Collator.getInstance(Textes.FRANCAIS);
        return ROLES.stream().flatMap(role -> comptes.parRole(role).stream())
                .map(c -> new Membre(c, operateurs.sitesDe(c.id()), acces.nombreCles(c)))
                .sorted(Comparator.comparing((Membre m) -> !m.compte().actif())
                        .thenComparing(m -> m.compte().nomAffiche(), collation))
                .toList();
    }

    /**
     * Creates the account, places it at its sites and emails the person how to sign in the first time (a code
     * by email, then a passkey).
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public Compte inviter(Invitation invitation) {
        var erreurs = new java.util.LinkedHashMap<>(invitation.erreurs());
        if (!erreurs.containsKey(Invitation.CHAMP_EMAIL) && comptes.parEmail(invitation.adresse()).isPresent()) {
            erreurs.put(Invitation.CHAMP_EMAIL, "equipe.erreur.email.existe");
        }
        var sitesConnus = operateurs.sites().stream().map(Site::id).toList();
        if (!sitesConnus.containsAll(invitation.sites())) {
            erreurs.put(Invitation.CHAMP_SITES, "equipe.erreur.sites");
        }
        if (!erreurs.isEmpty()) {
            throw new InvitationRefusee(erreurs);
        }
        var compte = comptes.creerProfessionnel(invitation.adresse(), invitation.role(), invitation.prenom(),
                invitation.nom());
        if (Invitation.travailleSurSite(invitation.role())) {
            operateurs.affecterSeulement(compte.id(), invitation.sites());
        }
        envoyerInvitation(compte, textes.get("equipe.courriel.invitation.texte",
                comptes.exigerCompteConnecte().nomAffiche(), textes.get("equipe.courriel.role." + compte.role().name())));
        return compte;
    }

    /** The invitation courriel: who invites, then how to sign in the first time (also sent at the mise en service). */
    void envoyerInvitation(Compte compte, String introduction) {
        courrier.deposer(Courriel.a(compte.email())
                .sujet(textes.get("equipe.courriel.invitation.sujet"))
                .salutation(textes.get("courriel.bonjour", compte.prenom()))
                .paragraphe(introduction)
                .paragraphe(textes.get("equipe.courriel.invitation.etapes", compte.email()))
                .bouton(textes.get("equipe.courriel.bouton"), urlPublique.lien("/connexion"))
                .cleIdempotence("equipe-invitation-" + compte.id()));
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public void modifierSites(UUID compteId, Set<UUID> sites) {
        var compte = comptes.parId(compteId).orElseThrow(() -> new GestionAcces.ActeRefuse("equipe.refus.inconnu"));
        if (!Invitation.travailleSurSite(compte.role())) {
            throw new GestionAcces.ActeRefuse("equipe.refus.sites-role");
        }
        if (sites.isEmpty()) {
            throw new GestionAcces.ActeRefuse("equipe.erreur.sites");
        }
        operateurs.affecterSeulement(compteId, sites);
    }

    /** Lost passkey: every passkey removed, every session closed, and an email says how to sign in again. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public Compte reinitialiserAcces(UUID compteId, OrigineRequete origine) {
        var compte = acces.reinitialiser(compteId, origine);
        courrier.deposer(Courriel.a(compte.email())
                .sujet(textes.get("equipe.courriel.reinitialisation.sujet"))
                .salutation(textes.get("courriel.bonjour", compte.prenom()))
                .paragraphe(textes.get("equipe.courriel.reinitialisation.texte",
                        comptes.exigerCompteConnecte().nomAffiche()))
                .paragraphe(textes.get("equipe.courriel.invitation.etapes", compte.email()))
                .paragraphe(textes.get("equipe.courriel.reinitialisation.pasvous"))
                .bouton(textes.get("equipe.courriel.bouton"), urlPublique.lien("/connexion"))
                .cleIdempotence("equipe-reinitialisation-" + compte.id() + "-" + horloge.instant().toEpochMilli()));
        return compte;
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public Compte desactiver(UUID compteId, OrigineRequete origine) {
        return acces.desactiver(compteId, origine);
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public Compte reactiver(UUID compteId, OrigineRequete origine) {
        return acces.reactiver(compteId, origine);
    }
}
