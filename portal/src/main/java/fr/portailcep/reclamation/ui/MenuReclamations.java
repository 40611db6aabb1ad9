package fr.portailcep.reclamation.ui;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

import fr.portailcep.reclamation.EtatReclamation;
import fr.portailcep.reclamation.ReclamationsService;
import fr.portailcep.shared.ui.Carte;
import fr.portailcep.shared.ui.CarteAccueil;
import fr.portailcep.shared.ui.EntreeMenu;
import fr.portailcep.shared.ui.Public;

/**
 * The réclamations on the person's home (a card: theirs, and the way to file one) and in the managers' navigation
 * (the desk; the late ones are counted on the manager's home, not at each navigation: reading the desk is journaled).
 * No entry in the person's bottom navigation: a sixth one does not fit at 360 px (see the livrables' card).
 */
@Configuration(proxyBeanMethods = false)
class MenuReclamations {

    @Bean
    EntreeMenu menuReclamationsManager(ReclamationsService reclamations) {
        return new EntreeMenu("reclamation.menu.bureau", BureauReclamationsView.CHEMIN, VaadinIcon.COMMENTS_O, 40,
                Set.of(Public.MANAGER));
    }

    @Bean
    CarteAccueil carteReclamations(ReclamationsService reclamations) {
        return CarteAccueil.de(Set.of(Public.BENEFICIAIRE), 80, () -> {
            var liste = reclamations.mesReclamations();
            var enCours = liste.stream().filter(r -> r.etat() == EtatReclamation.RECUE
                    || r.etat() == EtatReclamation.ACCUSEE || r.etat() == EtatReclamation.REPONDUE).count();
            var texte = new Paragraph();
            texte.setText(liste.isEmpty() ? texte.getTranslation("reclamation.accueil.aucune")
                    : texte.getTranslation("reclamation.accueil.nombre", liste.size(), enCours));
            var voir = new Anchor("/" + MesReclamationsView.CHEMIN, texte.getTranslation("reclamation.accueil.lien"));
            voir.addClassNames("pc-bouton-lien", "pc-bouton-secondaire");
            voir.setId("lien-mes-reclamations");
            var carte = new Carte(texte.getTranslation("reclamation.accueil.titre"), texte, new Div(voir));
            carte.setId("carte-reclamations");
            return carte;
        });
    }

    @Bean
    CarteAccueil carteReclamationsManager(ReclamationsService reclamations) {
        return CarteAccueil.de(Set.of(Public.MANAGER), 40, () -> {
            var bureau = reclamations.bureau();
            var enRetard = bureau.stream().filter(r -> r.enRetard()).count();
            var ouvertes = bureau.stream().filter(r -> r.etat() == EtatReclamation.RECUE
                    || r.etat() == EtatReclamation.ACCUSEE).count();
            var texte = new Paragraph();
            texte.setText(texte.getTranslation("reclamation.accueil.bureau", ouvertes, enRetard));
            var lien = new Anchor("/" + BureauReclamationsView.CHEMIN, texte.getTranslation("reclamation.accueil.bureau.lien"));
            lien.addClassName("pc-lien");
            var carte = new Carte(texte.getTranslation("reclamation.menu.bureau"), texte, lien);
            carte.setId("carte-reclamations-bureau");
            return carte;
        });
    }
}
