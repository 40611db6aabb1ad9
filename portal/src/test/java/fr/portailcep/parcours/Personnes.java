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
import fr.portailcep.operateur.OperateurService;

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
    private final ParcoursService parcours;
    private final OperateurService operateurs;

    public Personnes(ApplicationContext contexte) {
        this.parcours = contexte.getBean(ParcoursService.class);
        this.operateurs = contexte.getBean(OperateurService.class);
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

    /**
     * A new bénéficiaire who asked the Strasbourg site for help: their dossier is open there, with no unit yet, so
     * that the site's team (Julien, Amina, Nadia) may see them and nobody else (PolitiqueAcces).
     */
    public UUID nouveauBeneficiaire(String identifiant, String prenom, String nom) {
        var compte = comptes.creerOuRetrouverBeneficiaire(new AdresseCourriel(identifiant + DOMAINE), prenom, nom);
        var id = beneficiaires.parCompte(compte.id()).orElseThrow().id();
        parcours.ouvrirSurDemande(id, "Test", site("Strasbourg"));
        return id;
    }

    /** The id of the demo site of this town. */
    public UUID site(String commune) {
        return operateurs.sites().stream().filter(s -> s.commune().equals(commune)).findFirst().orElseThrow().id();
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
