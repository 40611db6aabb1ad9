package fr.portailcep.parcours;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;

/**
 * The people of the parcours tests: demo people by their identifier, new bénéficiaires (in the demo domain, so that
 * the one-click sign-in knows them), and service calls made as one of them. The security context is set through
 * the portal's own {@link SecurityContextHolderStrategy} bean: the static {@code SecurityContextHolder} points to
 * the strategy of the last Spring context started, which is not this one after a test with its own context ran.
 */
public final class Personnes {

    public static final String DOMAINE = "@demo.portail-cep.fr";

    private final CompteService comptes;
    private final BeneficiaireService beneficiaires;
    private final SecurityContextHolderStrategy securite;

    public Personnes(ApplicationContext contexte) {
        this.comptes = contexte.getBean(CompteService.class);
        this.beneficiaires = contexte.getBean(BeneficiaireService.class);
        this.securite = contexte.getBean(SecurityContextHolderStrategy.class);
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
        var avant = securite.getContext();
        var contexte = securite.createEmptyContext();
        contexte.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(compte.email(), null,
                List.of(new SimpleGrantedAuthority(compte.role().autorite()))));
        securite.setContext(contexte);
        try {
            return action.get();
        } finally {
            securite.setContext(avant);
        }
    }

    public void faire(String identifiant, Runnable action) {
        enTantQue(identifiant, () -> {
            action.run();
            return null;
        });
    }
}
