package fr.portailcep.compte;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.shared.Systeme;

import fr.portailcep.shared.Saisies;

/** Accounts: who is signed in, and the creation of accounts by other features (booking, the team). */
@Service
public class CompteService {

    private final CompteRepository comptes;
    private final Clock horloge;

    CompteService(CompteRepository comptes, Clock horloge) {
        this.comptes = comptes;
        this.horloge = horloge;
    }

    /** The account of the person signed in on this request, if any. */
    @Transactional(readOnly = true)
    public Optional<Compte> compteConnecte() {
        var authentification = SecurityContextHolder.getContext().getAuthentication();
        if (authentification == null || !authentification.isAuthenticated()
                || authentification instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return comptes.findByEmail(authentification.getName()).filter(Compte::actif);
    }

    /** The account of the person signed in; fails if nobody is. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Compte exigerCompteConnecte() {
        return compteConnecte().orElseThrow(() -> new IllegalStateException("Aucune personne connectée"));
    }

    /**
     * The name to show for an account id met in a dossier (an author, a conseiller): that of a member of staff, or
     * of the person signed in; nothing for anyone else.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String nomDe(UUID compteId) {
        var moi = compteConnecte();
        return compteId == null ? "" : comptes.findById(compteId)
                .filter(c -> c.role().estProfessionnel() || moi.map(m -> m.id().equals(c.id())).orElse(false))
                .map(Compte::nomAffiche).orElse("");
    }

    @Systeme
    @Transactional(readOnly = true)
    public Optional<Compte> parEmail(AdresseCourriel email) {
        return comptes.findByEmail(email.valeur());
    }

    @Systeme
    @Transactional(readOnly = true)
    public Optional<Compte> parId(UUID id) {
        return comptes.findById(id);
    }

    @Systeme
    @Transactional(readOnly = true)
    public List<Compte> parRole(Role role) {
        return comptes.findByRoleOrderByNomAscPrenomAsc(role);
    }

    /**
     * The account of a bénéficiaire with this address, created if there is none yet (a first booking creates
     * it; the person signs in later with a code sent to the same address).
     */
    @Systeme
    @Transactional
    public Compte creerOuRetrouverBeneficiaire(AdresseCourriel email, String prenom, String nom) {
        return comptes.findByEmail(email.valeur()).orElseGet(() -> creer(email, Role.BENEFICIAIRE, prenom, nom));
    }

    /** Creates a staff account (conseiller, manager, médiateur), who will be invited to create a passkey. */
    @Systeme
    @Transactional
    public Compte creerProfessionnel(AdresseCourriel email, Role role, String prenom, String nom) {
        if (!role.estProfessionnel()) {
            throw new IllegalArgumentException("Un compte professionnel ne peut pas avoir le rôle " + role);
        }
        if (comptes.findByEmail(email.valeur()).isPresent()) {
            throw new IllegalStateException("Un compte existe déjà pour " + email);
        }
        return creer(email, role, prenom, nom);
    }

    @Systeme
    @Transactional
    public void noterConnexion(String email) {
        AdresseCourriel.lire(email).flatMap(a -> comptes.findByEmail(a.valeur()))
                .ifPresent(c -> c.connecte(horloge.instant()));
    }

    /** The passkey offer after a first sign-in by email is made once. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void marquerCleAccesProposee() {
        compteConnecte().ifPresent(Compte::cleAccesProposee);
    }

    private Compte creer(AdresseCourriel email, Role role, String prenom, String nom) {
        var saisie = Saisies.verification();
        prenom = saisie.ligne("prenom", prenom, Saisies.LONGUEUR_NOM);
        nom = saisie.ligne("nom", nom, Saisies.LONGUEUR_NOM);
        saisie.exiger();
        // Saving publishes the CompteCree the account registered: a bénéficiaire's record is created with it.
        return comptes.saveAndFlush(new Compte(email, role, prenom, nom, horloge.instant()));
    }

}
