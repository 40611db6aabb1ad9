package fr.portailcep.accueil.ui;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

import fr.portailcep.shared.ui.AccueilRoutes;
import fr.portailcep.shared.ui.Carte;
import fr.portailcep.shared.ui.CarteAccueil;
import fr.portailcep.shared.ui.EntreeMenu;
import fr.portailcep.shared.ui.Public;

@Configuration(proxyBeanMethods = false)
class MenuAccueil {

    @Bean
    EntreeMenu menuAccueilPublic() {
        return new EntreeMenu("menu.accueil", AccueilRoutes.PUBLIC, VaadinIcon.HOME, 0, Set.of(Public.ANONYME));
    }

    @Bean
    EntreeMenu menuAccueilBeneficiaire() {
        return new EntreeMenu("menu.accueil", AccueilRoutes.BENEFICIAIRE, VaadinIcon.HOME, 0,
                Set.of(Public.BENEFICIAIRE));
    }

    @Bean
    EntreeMenu menuAccueilConseiller() {
        return new EntreeMenu("menu.accueil", AccueilRoutes.CONSEILLER, VaadinIcon.HOME, 0, Set.of(Public.CONSEILLER));
    }

    @Bean
    EntreeMenu menuAccueilManager() {
        return new EntreeMenu("menu.accueil", AccueilRoutes.MANAGER, VaadinIcon.HOME, 0, Set.of(Public.MANAGER));
    }

    @Bean
    EntreeMenu menuAccueilMediateur() {
        return new EntreeMenu("menu.accueil", AccueilRoutes.MEDIATEUR, VaadinIcon.HOME, 0, Set.of(Public.MEDIATEUR));
    }

    /** The public home: what the service offers, in plain words. */
    @Bean
    CarteAccueil carteCep() {
        return CarteAccueil.de(Set.of(Public.ANONYME), 50, () -> {
            var liste = new UnorderedList();
            for (var cle : List.of("accueil.cep.point1", "accueil.cep.point2", "accueil.cep.point3",
                    "accueil.cep.point4")) {
                liste.add(new ListItem(liste.getTranslation(cle)));
            }
            liste.addClassName("pc-liste");
            return new Carte(liste.getTranslation("accueil.cep.titre"), liste);
        });
    }

    /** The public home: sign in, or create an account. */
    @Bean
    CarteAccueil carteCompte() {
        return CarteAccueil.de(Set.of(Public.ANONYME), 60, () -> {
            var texte = new Paragraph();
            var inscription = new Anchor("/inscription", texte.getTranslation("accueil.compte.creer"));
            inscription.addClassNames("pc-bouton-lien", "pc-bouton-secondaire");
            var connexion = new Anchor("/" + AccueilRoutes.CONNEXION, texte.getTranslation("layout.seconnecter"));
            connexion.addClassNames("pc-bouton-lien", "pc-bouton-secondaire");
            texte.setText(texte.getTranslation("accueil.compte.texte"));
            var actions = new Div(connexion, inscription);
            actions.addClassName("pc-actions");
            return new Carte(texte.getTranslation("accueil.compte.titre"), texte, actions);
        });
    }
}
