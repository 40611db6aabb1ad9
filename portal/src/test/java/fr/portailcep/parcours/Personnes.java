package fr.portailcep.parcours;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;

/**
 * The people of the parcours tests: demo people by their identifier, new bénéficiaires (in the demo domain, so that
 * the one-click sign-in knows them), and service calls made as one of them.
 */
public final class Personnes {

    public static final String DOMAINE = "@demo.portail-cep.fr";

    private final CompteService comptes;
    private final BeneficiaireService beneficiaires;

    public Personnes(CompteService comptes, BeneficiaireService beneficiaires) {
        this.comptes = comptes;
        this.beneficiaires = beneficiaires;
    }

    public Compte compte(String identifiant) {
        return comptes.parEmail(new AdresseCourriel(identifiant + DOMAINE)).orElseThrow();
    }

    /** The bénéficiaire record of a demo person. */
    public UUID beneficiaire(String identifiant) {
        return beneficiaires.parCompte(compte(identifiant).id()).orElseThrow().id();
    }

    /** A new bénéficiaire (with no dossier), whose record is created with their account. */
    public UUID nouveauBeneficiaire(String identifiant, String prenom, String nom) throws InterruptedException {
        var compte = comptes.creerOuRetrouverBeneficiaire(new AdresseCourriel(identifiant + DOMAINE), prenom, nom);
        for (var essai = 0; essai < 100; essai++) {
            var fiche = beneficiaires.parCompte(compte.id());
            if (fiche.isPresent()) {
                return fiche.get().id();
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Pas de fiche pour " + identifiant);
    }

    /** Runs a service call as this demo person, with their role. */
    public <T> T enTantQue(String identifiant, Supplier<T> action) {
        var compte = compte(identifiant);
        var avant = SecurityContextHolder.getContext();
        var contexte = SecurityContextHolder.createEmptyContext();
        contexte.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(compte.email(), null,
                List.of(new SimpleGrantedAuthority(compte.role().autorite()))));
        SecurityContextHolder.setContext(contexte);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(avant);
        }
    }

    public void faire(String identifiant, Runnable action) {
        enTantQue(identifiant, () -> {
            action.run();
            return null;
        });
    }
}
