package fr.portailcep.compte;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A person who can sign in. The email address is the identifier people know; the id never changes. A new account
 * registers {@link CompteCree}, published when it is saved.
 */
@Entity
@Table(name = "compte")
public class Compte extends AbstractAggregateRoot<Compte> {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    private String prenom;

    private String nom;

    @Column(nullable = false)
    private boolean actif = true;

    @Column(name = "cree_le", nullable = false)
    private Instant creeLe;

    @Column(name = "derniere_connexion")
    private Instant derniereConnexion;

    /** True once the person was offered to create a passkey, so that the offer is made once, not at each visit. */
    @Column(name = "cle_acces_proposee", nullable = false)
    private boolean cleAccesProposee;

    @Version
    private Long version;

    protected Compte() {
    }

    Compte(AdresseCourriel email, Role role, String prenom, String nom, Instant creeLe) {
        this.id = UUID.randomUUID();
        this.email = email.valeur();
        this.role = role;
        this.prenom = prenom;
        this.nom = nom;
        this.creeLe = creeLe;
        registerEvent(new CompteCree(id, this.email, role, prenom, nom));
    }

    void connecte(Instant quand) {
        this.derniereConnexion = quand;
    }

    void cleAccesProposee() {
        this.cleAccesProposee = true;
    }

    /**
     * Whether one of the {@code cles} passkeys of this account may be removed: a professional keeps one, or they
     * could no longer sign in (they get no code by email once they have a passkey); a bénéficiaire may remove all.
     */
    public boolean peutRetirerUneCle(int cles) {
        return cles > 0 && !(role.estProfessionnel() && cles == 1);
    }

    /**
     * Whether this account, with {@code cles} passkeys, still waits for its first sign-in (an invitation not yet
     * taken up): active, never signed in, no passkey.
     */
    public boolean attendSaPremiereConnexion(int cles) {
        return actif && derniereConnexion == null && cles == 0;
    }

    /** Someone who left: sessions closed, history kept. Only an active account is deactivated. */
    public boolean peutEtreDesactive() {
        return actif;
    }

    public boolean peutEtreReactive() {
        return !actif;
    }

    /**
     * Why the staff member {@code auteur} may not reset the access of this account, deactivate or reactivate it, if
     * they may not (the key of the French text): only a professional's account, never a médiateur's (France
     * compétences' own), never one's own. The team rule ({@code operateur.RegleEquipe}) adds the sites.
     */
    public Optional<String> refusDeGestionPar(UUID auteur) {
        if (!role.estProfessionnel()) {
            return Optional.of("equipe.refus.beneficiaire");
        }
        if (role == Role.MEDIATEUR) {
            return Optional.of("equipe.refus.mediateur");
        }
        if (id.equals(auteur)) {
            return Optional.of("equipe.refus.soi");
        }
        return Optional.empty();
    }

    void desactiver() {
        if (!peutEtreDesactive()) {
            throw new GestionAcces.ActeRefuse("equipe.refus.deja-desactive");
        }
        this.actif = false;
    }

    void reactiver() {
        if (!peutEtreReactive()) {
            throw new GestionAcces.ActeRefuse("equipe.refus.deja-actif");
        }
        this.actif = true;
    }

    void nommer(String prenom, String nom) {
        this.prenom = prenom;
        this.nom = nom;
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public Role role() {
        return role;
    }

    public String prenom() {
        return prenom;
    }

    public String nom() {
        return nom;
    }

    /** "Camille Martin", or the email address when the person gave no name. */
    public String nomAffiche() {
        var complet = ((prenom == null ? "" : prenom) + " " + (nom == null ? "" : nom)).strip();
        return complet.isEmpty() ? email : complet;
    }

    public boolean actif() {
        return actif;
    }

    public Instant creeLe() {
        return creeLe;
    }

    public Instant derniereConnexion() {
        return derniereConnexion;
    }

    public boolean estCleAccesProposee() {
        return cleAccesProposee;
    }
}
