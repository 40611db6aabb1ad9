package fr.portailcep.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.portailcep.shared.ui.Public;

/**
 * What the médiateur de France compétences is and does, in plain words (CCTP §3.7): a third party, independent,
 * neutral and impartial; a réclamation to the operator comes first (acknowledged within 7 days, answered within 45
 * days); then how to refer a dispute to them: from the person's space in one step, by post, or through France
 * compétences' own form. Public, linked from every page, courriel and document. A signed-in bénéficiaire is sent to
 * their réclamations ({@value #RECLAMATIONS}), anyone else to the public form ({@value #RECLAMATION_PUBLIQUE}).
 */
@Controller
@PageHtml
class MediateurPage {

    static final String CHEMIN = "mediateur";
    static final String RECLAMATIONS = "mes-reclamations";
    static final String RECLAMATION_PUBLIQUE = "reclamation";

    private final AuthenticationContext authentification;

    MediateurPage(AuthenticationContext authentification) {
        this.authentification = authentification;
    }

    @GetMapping("/" + CHEMIN)
    String afficher(Model modele) {
        var connecte = Public.de(authentification) == Public.BENEFICIAIRE;
        modele.addAttribute("connecte", connecte);
        modele.addAttribute("reclamer", "/" + (connecte ? RECLAMATIONS : RECLAMATION_PUBLIQUE));
        return "commun/mediateur";
    }
}
