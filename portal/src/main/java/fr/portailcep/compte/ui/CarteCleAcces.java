package fr.portailcep.compte.ui;

import java.util.Set;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

import fr.portailcep.compte.ClesAcces;
import fr.portailcep.compte.CompteService;
import fr.portailcep.shared.ui.AccueilRoutes;
import fr.portailcep.shared.ui.Carte;
import fr.portailcep.shared.ui.CarteAccueil;
import fr.portailcep.shared.ui.Public;

/** On the bénéficiaire's home, while they have no passkey: the offer to create one. */
@Component
class CarteCleAcces implements CarteAccueil {

    private final CompteService comptes;
    private final ClesAcces clesAcces;

    CarteCleAcces(CompteService comptes, ClesAcces clesAcces) {
        this.comptes = comptes;
        this.clesAcces = clesAcces;
    }

    @Override
    public Set<Public> publics() {
        return Set.of(Public.BENEFICIAIRE);
    }

    @Override
    public int ordre() {
        return 80;
    }

    @Override
    public com.vaadin.flow.component.Component creer() {
        var compte = comptes.compteConnecte();
        if (compte.isEmpty() || clesAcces.jAiUneCle(compte.get())) {
            return null;
        }
        var texte = new Paragraph();
        texte.setText(texte.getTranslation("carte.cle.texte"));
        var lien = new Anchor("/" + AccueilRoutes.COMPTE, texte.getTranslation("carte.cle.lien"));
        lien.addClassNames("pc-bouton-lien", "pc-bouton-secondaire");
        return new Carte(texte.getTranslation("carte.cle.titre"), texte, lien);
    }
}
