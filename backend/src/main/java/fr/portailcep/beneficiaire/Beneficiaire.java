package fr.portailcep.beneficiaire;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.portailcep.shared.NumerosTelephone;
import fr.portailcep.shared.Saisies;

/**
 * A working person who asked the service for help. Created with the account (or at a first booking); the
 * annexe 2 profile is filled progressively, never the NIR at first contact.
 */
@Entity
@Table(name = "beneficiaire")
public class Beneficiaire {

    /**
     * What is typed to complete the identity: each part optional (blank adds nothing), each checked where it enters
     * (a name that cannot be stored, a phone number that is none are refused field by field), the phone number in
     * its usual form.
     */
    public record Identite(String prenom, String nom, String telephone) {

        public Identite {
            var saisie = Saisies.verification();
            prenom = vide(saisie.ligne("prenom", prenom, Saisies.LONGUEUR_NOM));
            nom = vide(saisie.ligne("nom", nom, Saisies.LONGUEUR_NOM));
            if (telephone != null && !telephone.isBlank() && !NumerosTelephone.estValide(telephone)) {
                saisie.refuser("telephone", "saisie.erreur.telephone");
            }
            saisie.exiger();
            telephone = telephone == null || telephone.isBlank() ? null : NumerosTelephone.lire(telephone).orElseThrow();
        }

        private static String vide(String valeur) {
            return valeur == null || valeur.isBlank() ? null : valeur;
        }
    }

    @Id
    private UUID id;

    @Column(name = "compte_id", unique = true)
    private UUID compteId;

    private String prenom;

    private String nom;

    @Column(nullable = false)
    private String email;

    private String telephone;

    @Column(name = "cree_le", nullable = false)
    private Instant creeLe;

    @Version
    private Long version;

    protected Beneficiaire() {
    }

    Beneficiaire(UUID compteId, String email, String prenom, String nom, Instant creeLe) {
        this.id = UUID.randomUUID();
        this.compteId = compteId;
        this.email = email;
        this.prenom = prenom;
        this.nom = nom;
        this.creeLe = creeLe;
    }

    /** What was given replaces what the record holds; what was left blank keeps what it holds. */
    void completerIdentite(Identite identite) {
        if (identite.prenom() != null) {
            this.prenom = identite.prenom();
        }
        if (identite.nom() != null) {
            this.nom = identite.nom();
        }
        if (identite.telephone() != null) {
            this.telephone = identite.telephone();
        }
    }

    public UUID id() {
        return id;
    }

    public UUID compteId() {
        return compteId;
    }

    public String prenom() {
        return prenom;
    }

    public String nom() {
        return nom;
    }

    public String nomAffiche() {
        var complet = ((prenom == null ? "" : prenom) + " " + (nom == null ? "" : nom)).strip();
        return complet.isEmpty() ? email : complet;
    }

    public String email() {
        return email;
    }

    public String telephone() {
        return telephone;
    }

    public Instant creeLe() {
        return creeLe;
    }
}
