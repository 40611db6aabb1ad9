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

import fr.portailcep.compte.ActionAudit;
import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.GestionAcces;
import fr.portailcep.compte.JournalAudit;
import fr.portailcep.compte.OrigineRequete;
import fr.portailcep.compte.Role;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.Textes;
import fr.portailcep.shared.UrlPublique;
import fr.portailcep.shared.courriel.Courriel;
import fr.portailcep.shared.courriel.Courrier;

/**
 * The manager's team page: who works for the operator, at which sites, whether they can sign in; inviting a new
 * member, changing their sites, resetting the access of someone who lost their passkey, deactivating the account
 * of someone who left. What a manager may do to whom is {@link RegleEquipe} (their sites' people, never
 * themself, never a médiateur, never another manager's passkeys); each member comes with the acts allowed on them,
 * which the page only renders. Every act is in the audit journal.
 */
@Service
public class EquipeService {

    /** The operator's staff. The médiateur belongs to France compétences: never on this page. */
    private static final Set<Role> ROLES = EnumSet.of(Role.CONSEILLER, Role.MANAGER);

    /** A member of the team as the manager sees them, with what the manager may do to them. */
    public record Membre(Compte compte, List<Site> sites, int cles, Set<RegleEquipe.Acte> actes) {

        public boolean permis(RegleEquipe.Acte acte) {
            return actes.contains(acte);
        }

        /** Invited but never signed in and no passkey yet: the invitation waits for them. */
        public boolean invitationEnAttente() {
            return compte.attendSaPremiereConnexion(cles);
        }
    }

    /**
     * The invitation cannot be sent: field → key of the French text, shown beside each field (several fields may be
     * refused at once, hence a {@link SaisieRefusee}).
     */
    public static class InvitationRefusee extends SaisieRefusee {

        InvitationRefusee(Map<String, String> erreurs) {
            super(SaisieRefusee.cles(erreurs));
        }
    }

    private final CompteService comptes;
    private final GestionAcces acces;
    private final OperateurService operateurs;
    private final Courrier courrier;
    private final Textes textes;
    private final UrlPublique urlPublique;
    private final PolitiqueAcces politique;
    private final JournalAudit journal;
    private final Clock horloge;

    EquipeService(CompteService comptes, GestionAcces acces, OperateurService operateurs, Courrier courrier,
            Textes textes, UrlPublique urlPublique, PolitiqueAcces politique, JournalAudit journal, Clock horloge) {
        this.politique = politique;
        this.journal = journal;
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
        var moi = politique.moi();
        return ROLES.stream().flatMap(role -> comptes.parRole(role).stream())
                .map(c -> {
                    var membre = politique.membre(c);
                    var actes = EnumSet.noneOf(RegleEquipe.Acte.class);
                    for (var acte : RegleEquipe.Acte.values()) {
                        if (acte != RegleEquipe.Acte.AGENDA && RegleEquipe.permis(moi, membre, acte)
                                && RegleEquipe.possibleSelonEtat(acte, c.actif())) {
                            actes.add(acte);
                        }
                    }
                    return new Membre(c, operateurs.sitesDe(c.id()), acces.nombreCles(c), Set.copyOf(actes));
                })
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
        if (invitation.role() != null && !erreurs.containsKey(Invitation.CHAMP_ROLE)
                && !RegleEquipe.roleInvitable(invitation.role())) {
            erreurs.put(Invitation.CHAMP_ROLE, "equipe.erreur.role");
        }
        var sitesConnus = operateurs.sites().stream().map(Site::id).toList();
        if (!sitesConnus.containsAll(invitation.sites())) {
            erreurs.put(Invitation.CHAMP_SITES, "equipe.erreur.sites");
        } else if (!RegleEquipe.sitesPermis(politique.moi(), invitation.sites())) {
            erreurs.put(Invitation.CHAMP_SITES, "equipe.erreur.sites.autres");
        }
        if (!erreurs.isEmpty()) {
            throw new InvitationRefusee(erreurs);
        }
        var compte = comptes.creerProfessionnel(invitation.adresse(), invitation.role(), invitation.prenom(),
                invitation.nom());
        if (Invitation.travailleSurSite(invitation.role())) {
            operateurs.affecterSeulement(compte.id(), invitation.sites());
        }
        journal.acte(ActionAudit.INVITATION, compte.id(), compte.role().name(), nomsDesSites(invitation.sites()));
        journal.acte(ActionAudit.COMPTE_PROFESSIONNEL_CREE, compte.id(), compte.role().name(), null);
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

    /** The operator's correspondants médiation (its managers), for the médiateur who has to reach them. */
    @PreAuthorize("hasAnyRole('MEDIATEUR', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<Compte> correspondantsMediation() {
        return comptes.parRole(Role.MANAGER).stream().filter(Compte::actif).toList();
    }

    /** The sites the manager signed in works at: those they may give or take away. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<Site> mesSites() {
        var miens = politique.mesSites();
        return operateurs.sites().stream().filter(s -> miens.contains(s.id())).toList();
    }

    /**
     * Among the sites of the manager signed in, the member now works at exactly these; their other sites stay.
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public void modifierSites(UUID compteId, Set<UUID> sites) {
        var compte = politique.exiger(RegleEquipe.Acte.MODIFIER_SITES, compteId);
        var miens = politique.mesSites();
        if (!miens.containsAll(sites)) {
            throw GestionAcces.ActeRefuse.surLeChamp(Invitation.CHAMP_SITES, "equipe.erreur.sites.autres");
        }
        var nouveaux = new java.util.HashSet<UUID>(sites);
        operateurs.sitesDe(compteId).stream().map(Site::id).filter(s -> !miens.contains(s)).forEach(nouveaux::add);
        if (nouveaux.isEmpty()) {
            throw GestionAcces.ActeRefuse.surLeChamp(Invitation.CHAMP_SITES, "equipe.erreur.sites");
        }
        var avant = operateurs.sitesDe(compteId).stream().map(Site::nom).sorted().toList();
        operateurs.affecterSeulement(compteId, nouveaux);
        journal.acte(ActionAudit.SITES_MODIFIES, compte.id(), null,
                "avant : " + String.join(", ", avant) + " ; après : " + nomsDesSites(nouveaux));
    }

    /** Lost passkey: every passkey removed, every session closed, and an email says how to sign in again. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public Compte reinitialiserAcces(UUID compteId, OrigineRequete origine) {
        politique.exiger(RegleEquipe.Acte.REINITIALISER_ACCES, compteId);
        var compte = acces.reinitialiser(compteId, origine);
        journal.acte(ActionAudit.ACCES_REINITIALISE, compte.id(), null, null);
        avertirReinitialisation(compte, comptes.exigerCompteConnecte().nomAffiche());
        return compte;
    }

    /** The courriel after a reset: by a manager (named), or by the operations team ({@code par} null). */
    void avertirReinitialisation(Compte compte, String par) {
        courrier.deposer(Courriel.a(compte.email())
                .sujet(textes.get("equipe.courriel.reinitialisation.sujet"))
                .salutation(textes.get("courriel.bonjour", compte.prenom()))
                .paragraphe(par == null ? textes.get("equipe.courriel.reinitialisation.exploitation")
                        : textes.get("equipe.courriel.reinitialisation.texte", par))
                .paragraphe(textes.get("equipe.courriel.invitation.etapes", compte.email()))
                .paragraphe(textes.get("equipe.courriel.reinitialisation.pasvous"))
                .bouton(textes.get("equipe.courriel.bouton"), urlPublique.lien("/connexion"))
                .cleIdempotence("equipe-reinitialisation-" + compte.id() + "-" + horloge.instant().toEpochMilli()));
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public Compte desactiver(UUID compteId, OrigineRequete origine) {
        politique.exiger(RegleEquipe.Acte.DESACTIVER, compteId);
        var compte = acces.desactiver(compteId, origine);
        journal.acte(ActionAudit.COMPTE_DESACTIVE, compte.id(), null, null);
        return compte;
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public Compte reactiver(UUID compteId, OrigineRequete origine) {
        politique.exiger(RegleEquipe.Acte.REACTIVER, compteId);
        var compte = acces.reactiver(compteId, origine);
        journal.acte(ActionAudit.COMPTE_REACTIVE, compte.id(), null, null);
        return compte;
    }

    private String nomsDesSites(java.util.Collection<UUID> ids) {
        return operateurs.sites().stream().filter(s -> ids.contains(s.id())).map(Site::nom).sorted()
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
