package fr.portailcep.compte.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;

import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.ClesAcces;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.ui.ApresConnexion;
import fr.portailcep.shared.ui.AccueilRoutes;

/**
 * Where a person lands after signing in with an emailed code or link: staff without a passkey must create one;
 * a bénéficiaire goes to the page that asked for the code to lead there ({@link ApresConnexion}), or is offered a
 * passkey once; otherwise the page they asked for, or their home.
 */
@Component
class RedirectionApresConnexion implements AuthenticationSuccessHandler {

    private final CompteService comptes;
    private final ClesAcces clesAcces;
    private final RequestCache pagesDemandees;

    private final boolean cleObligatoirePourLesPros;

    RedirectionApresConnexion(CompteService comptes, ClesAcces clesAcces, VaadinDefaultRequestCache pagesDemandees,
            @Value("${portail.pros.cle-obligatoire:true}") boolean cleObligatoirePourLesPros) {
        this.cleObligatoirePourLesPros = cleObligatoirePourLesPros;
        this.comptes = comptes;
        this.clesAcces = clesAcces;
        this.pagesDemandees = pagesDemandees;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest requete, HttpServletResponse reponse,
            Authentication authentification) throws IOException {
        var compte = AdresseCourriel.lire(authentification.getName()).flatMap(comptes::parEmail).orElseThrow();
        var demandee = pagesDemandees.getRequest(requete, reponse);
        pagesDemandees.removeRequest(requete, reponse);
        String cible;
        var suite = compte.role().estProfessionnel() ? java.util.Optional.<String>empty()
                : ApresConnexion.reprendre(requete.getSession(false));
        if (compte.role().estProfessionnel() && cleObligatoirePourLesPros && !clesAcces.possede(compte)) {
            cible = "/" + AccueilRoutes.COMPTE_PRO + "?cle=obligatoire";
        } else if (suite.isPresent()) {
            // A page that asked for the code to lead somewhere (the public réclamation page → its form).
            cible = suite.get();
        } else if (!compte.role().estProfessionnel() && !compte.estCleAccesProposee() && !clesAcces.possede(compte)) {
            cible = "/bienvenue/cle-acces";
        } else if (demandee != null) {
            cible = demandee.getRedirectUrl();
        } else {
            cible = AccueilRoutes.accueilDe(compte.role().name());
        }
        reponse.sendRedirect(cible);
    }
}
