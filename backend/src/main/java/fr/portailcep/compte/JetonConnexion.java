package fr.portailcep.compte;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One request to sign in by email: a 6-digit code and a link, both sent in the same courriel, both usable once
 * and for 15 minutes. Only their SHA-256 hashes are kept. When one of them is accepted, the jeton issues a
 * ticket that Spring Security's one-time-token login consumes to open the session.
 * <p>
 * A request for a person who may not sign in by email (staff who own a passkey, a deactivated account) is recorded
 * {@linkplain #sansSecret without code nor link}: every code typed against it is wrong, it never issues a ticket.
 */
@Entity
@Table(name = "jeton_connexion")
class JetonConnexion {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String email;

    /** The first name typed at sign-up, kept until the account is created. */
    private String prenom;

    private String nom;

    /** Null for a request that must not sign anyone in. */
    @Column(name = "code_empreinte")
    private byte[] codeEmpreinte;

    @Column(name = "lien_empreinte")
    private byte[] lienEmpreinte;

    @Column(name = "cree_le", nullable = false)
    private Instant creeLe;

    @Column(name = "expire_le", nullable = false)
    private Instant expireLe;

    @Column(name = "utilise_le")
    private Instant utiliseLe;

    @Column(name = "essais_rates", nullable = false)
    private int essaisRates;

    @Column(name = "dernier_essai_le")
    private Instant dernierEssaiLe;

    @Column(name = "ticket_empreinte")
    private byte[] ticketEmpreinte;

    @Column(name = "ticket_expire_le")
    private Instant ticketExpireLe;

    @Column(name = "ticket_utilise_le")
    private Instant ticketUtiliseLe;

    @Column(name = "adresse_reseau")
    private String adresseReseau;

    /** A one-click ticket of the demo profile. */
    @Column(nullable = false)
    private boolean demo;

    @Version
    private Long version;

    protected JetonConnexion() {
    }

    JetonConnexion(AdresseCourriel email, String prenom, String nom, String code, String secretLien,
            String adresseReseau, Instant maintenant, PolitiqueJeton politique) {
        this.id = UUID.randomUUID();
        this.email = email.valeur();
        this.prenom = prenom;
        this.nom = nom;
        this.codeEmpreinte = Secrets.empreinte(id + ":" + code);
        this.lienEmpreinte = Secrets.empreinte(secretLien);
        this.adresseReseau = adresseReseau;
        this.creeLe = maintenant;
        this.expireLe = maintenant.plus(politique.dureeDeVie());
    }

    /**
     * A request recorded for the limits and the answers only: it has no code and no link, so that it looks like
     * any other to whoever typed the address, and nothing in it can be guessed or read back from the database.
     */
    static JetonConnexion sansSecret(AdresseCourriel email, String adresseReseau, Instant maintenant,
            PolitiqueJeton politique) {
        var jeton = new JetonConnexion();
        jeton.id = UUID.randomUUID();
        jeton.email = email.valeur();
        jeton.adresseReseau = adresseReseau;
        jeton.creeLe = maintenant;
        jeton.expireLe = maintenant.plus(politique.dureeDeVie());
        return jeton;
    }

    Verification verifierCode(String code, Instant maintenant, PolitiqueJeton politique) {
        var refus = refusCommun(maintenant);
        if (refus != null) {
            return refus;
        }
        if (politique.estBloque(essaisRates)) {
            return new Verification.Bloque();
        }
        if (dernierEssaiLe != null) {
            var possibleA = dernierEssaiLe.plus(politique.attenteApres(essaisRates));
            if (maintenant.isBefore(possibleA)) {
                return new Verification.Patienter(possibleA);
            }
        }
        dernierEssaiLe = maintenant;
        if (!Secrets.correspond(id + ":" + code, codeEmpreinte)) {
            essaisRates++;
            return politique.estBloque(essaisRates) ? new Verification.Bloque()
                    : new Verification.Incorrect(politique.essaisRestants(essaisRates));
        }
        return accepter(maintenant, politique);
    }

    Verification verifierLien(String secret, Instant maintenant, PolitiqueJeton politique) {
        if (!Secrets.correspond(secret, lienEmpreinte)) {
            return new Verification.Inconnu();
        }
        var refus = refusCommun(maintenant);
        if (refus != null) {
            return refus;
        }
        if (politique.estBloque(essaisRates)) {
            // Someone tried to guess the code: the link of the same courriel dies with it.
            return new Verification.Bloque();
        }
        return accepter(maintenant, politique);
    }

    private Verification refusCommun(Instant maintenant) {
        if (utiliseLe != null) {
            return new Verification.DejaUtilise();
        }
        if (!maintenant.isBefore(expireLe)) {
            return new Verification.Expire();
        }
        return null;
    }

    private Verification accepter(Instant maintenant, PolitiqueJeton politique) {
        if (codeEmpreinte == null) {
            throw new IllegalStateException("Une demande sans code ne connecte personne");
        }
        utiliseLe = maintenant;
        var ticket = Secrets.secret();
        ticketEmpreinte = Secrets.empreinte(ticket);
        ticketExpireLe = maintenant.plus(politique.dureeTicket());
        return new Verification.Valide(id + "." + ticket);
    }

    /** Spends the ticket; true only the first time, before it expires. */
    boolean consommerTicket(String ticket, Instant maintenant) {
        if (ticketUtiliseLe != null || ticketExpireLe == null || !maintenant.isBefore(ticketExpireLe)
                || !Secrets.correspond(ticket, ticketEmpreinte)) {
            return false;
        }
        ticketUtiliseLe = maintenant;
        return true;
    }

    /** A ticket issued without a code, for the one-click sign-in of the demo only. */
    String ticketDirect(Instant maintenant, PolitiqueJeton politique) {
        demo = true;
        return ((Verification.Valide) accepter(maintenant, politique)).ticket();
    }

    UUID id() {
        return id;
    }

    String email() {
        return email;
    }

    String prenom() {
        return prenom;
    }

    String nom() {
        return nom;
    }

    Instant expireLe() {
        return expireLe;
    }

    int essaisRates() {
        return essaisRates;
    }

    boolean demo() {
        return demo;
    }

    Instant ticketExpireLe() {
        return ticketExpireLe;
    }
}
